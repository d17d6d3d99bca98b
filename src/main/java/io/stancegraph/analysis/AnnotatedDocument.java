package io.stancegraph.analysis;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One document under analysis: its input (file name, bytes, the corpus event) and the annotations
 * the pipeline's stages have added so far. Belongs to one thread.
 */
public final class AnnotatedDocument {

    private final String fileName;
    private final byte[] content;
    private final CorpusEvent event;
    private final Map<AnnotationKey<?>, Object> annotations = new IdentityHashMap<>();

    public AnnotatedDocument(String fileName, byte[] content, CorpusEvent event) {
        this.fileName = fileName;
        this.content = content;
        this.event = event;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content;
    }

    public CorpusEvent event() {
        return event;
    }

    public boolean has(AnnotationKey<?> key) {
        return annotations.containsKey(key);
    }

    /** The annotation's value; an error when no stage has added it. */
    @SuppressWarnings("unchecked")
    public <T> T get(AnnotationKey<T> key) {
        Object v = annotations.get(key);
        if (v == null && !annotations.containsKey(key)) {
            throw new IllegalStateException("annotation '" + key + "' has not been added to " + fileName);
        }
        return (T) v;
    }

    public <T> AnnotatedDocument set(AnnotationKey<T> key, T value) {
        annotations.put(key, value);
        return this;
    }
}
