package io.stancegraph.analysis;

/** A sentence (or a quotation spanning several sentences) with its offsets in the article body. */
public record Sentence(int start, int end, String text) {
}
