package io.stancegraph.analysis;

import java.util.Set;

/** Sources the body cites: outlets, agencies, think tanks, organisations, and unknown organisations in a citation. */
public final class SourceAnnotator extends BaseAnnotator {

    private final SourceDetector sources;

    public SourceAnnotator(Gazetteer gazetteer) {
        super("sources", Set.of(AnnotationKey.BODY, AnnotationKey.GAZETTEER_MATCHES, AnnotationKey.COUNTRIES),
                Set.of(AnnotationKey.CITED_SOURCES));
        this.sources = new SourceDetector(gazetteer);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.set(AnnotationKey.CITED_SOURCES, sources.detect(doc.get(AnnotationKey.BODY), doc.get(AnnotationKey.GAZETTEER_MATCHES),
                doc.get(AnnotationKey.COUNTRIES)));
    }
}
