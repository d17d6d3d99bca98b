package io.stancegraph.analysis;

import java.util.Set;

/** Splits the body into sentences (OpenNLP's sentence model, quotations kept whole). */
public final class SentenceAnnotator implements Annotator {

    private final SentenceSplitter splitter;

    public SentenceAnnotator(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(AnnotationKey.BODY);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(AnnotationKey.SENTENCES);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.set(AnnotationKey.SENTENCES, splitter.split(doc.get(AnnotationKey.BODY)));
    }
}
