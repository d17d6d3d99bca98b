package io.stancegraph.analysis;

import java.util.Set;

/** Splits the body into sentences (OpenNLP's sentence model, quotations kept whole). */
public final class SentenceAnnotator extends BaseAnnotator {

    private final SentenceSplitter splitter;

    public SentenceAnnotator(SentenceSplitter splitter) {
        super("sentences", Set.of(AnnotationKey.BODY),
                Set.of(AnnotationKey.SENTENCES));
        this.splitter = splitter;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.set(AnnotationKey.SENTENCES, splitter.split(doc.get(AnnotationKey.BODY)));
    }
}
