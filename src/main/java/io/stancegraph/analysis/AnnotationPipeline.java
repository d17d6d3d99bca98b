package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Annotators run in order over one document. Built only when every annotator's requirements are
 * provided by an earlier one, so a misordered or incomplete pipeline fails at construction, not on a
 * document. Thread-safe when its annotators are.
 */
public final class AnnotationPipeline {

    private final List<Annotator> annotators;

    public AnnotationPipeline(List<Annotator> annotators) {
        Set<AnnotationKey<?>> provided = new HashSet<>();
        for (Annotator a : annotators) {
            List<String> missing = new ArrayList<>();
            for (AnnotationKey<?> k : a.requires()) {
                if (!provided.contains(k)) {
                    missing.add(k.name());
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("annotator '" + a.name() + "' needs " + missing
                        + ", which no annotator before it provides; order: " + names(annotators));
            }
            provided.addAll(a.provides());
        }
        this.annotators = List.copyOf(annotators);
    }

    /** Every annotation some annotator of this pipeline adds. */
    public Set<AnnotationKey<?>> provides() {
        Set<AnnotationKey<?>> out = new HashSet<>();
        annotators.forEach(a -> out.addAll(a.provides()));
        return out;
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** Runs every annotator over the document, in order, and checks each added what it promised. */
    public AnnotatedDocument annotate(AnnotatedDocument doc) throws UnreadableDocumentException {
        for (Annotator a : annotators) {
            a.annotate(doc);
            for (AnnotationKey<?> k : a.provides()) {
                if (!doc.has(k)) {
                    throw new IllegalStateException("annotator '" + a.name() + "' did not add '" + k + "'");
                }
            }
        }
        return doc;
    }

    private static String names(List<Annotator> annotators) {
        return annotators.stream().map(Annotator::name).collect(Collectors.joining(" > "));
    }
}
