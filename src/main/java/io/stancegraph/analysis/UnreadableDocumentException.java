package io.stancegraph.analysis;

/** A document that cannot be analysed (empty, binary, no article text); the message says why. */
public class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String message) {
        super(message);
    }
}
