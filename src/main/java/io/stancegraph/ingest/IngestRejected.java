package io.stancegraph.ingest;

/** Why an ingestion request was refused; nothing was stored. */
public class IngestRejected extends Exception {

    public enum Reason { UNAUTHORIZED, FORBIDDEN, DISABLED, BAD_INPUT }

    private final Reason reason;

    public IngestRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
