package io.stancegraph.analysis;

import java.util.Set;

/** Sources the body cites: outlets, agencies, think tanks, organisations, and unknown organisations in a citation. */
public final class SourceAnnotator implements Annotator {

    private final SourceDetector sources;

    public SourceAnnotator(Gazetteer gazetteer) {
        this.sources = new SourceDetector(gazetteer);
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(AnnotationKey.BODY, AnnotationKey.GAZETTEER_MATCHES, AnnotationKey.COUNTRIES);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(AnnotationKey.CITED_SOURCES);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.set(AnnotationKey.CITED_SOURCES, sources.detect(doc.get(AnnotationKey.BODY), doc.get(AnnotationKey.GAZETTEER_MATCHES),
                doc.get(AnnotationKey.COUNTRIES)));
    }
}
