package io.stancegraph.ingest;

/** Fired when stored articles, stances or links change, so that derived read caches are dropped. */
public record CorpusChanged(long articles) {
}
