package io.stancegraph.analysis;

import java.util.Set;

/**
 * One stage of the analysis pipeline over an {@link AnnotatedDocument}: it reads the annotations it
 * {@link #requires()} and adds those it {@link #provides()} (as Stanford CoreNLP's annotators do).
 * Implementations are stateless and thread-safe; per-document state lives in the document.
 */
public interface Annotator {

    /** A short name for errors and logs ("sentences", "words"). */
    String name();

    /** Annotations an earlier stage must have added. */
    Set<AnnotationKey<?>> requires();

    /** Annotations this stage adds. */
    Set<AnnotationKey<?>> provides();

    /** Adds this stage's annotations to the document. */
    void annotate(AnnotatedDocument doc) throws UnreadableDocumentException;
}
