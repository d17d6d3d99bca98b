package io.stancegraph.ingest;

/** Why an ingestion request was refused; nothing was stored. */
public class IngestRejected extends Exception {

    /** BUSY: concurrent writers kept winning races for the same rows; sending the document again succeeds. */
    public enum Reason { UNAUTHORIZED, FORBIDDEN, DISABLED, BAD_INPUT, BUSY }

    private final Reason reason;

    public IngestRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
