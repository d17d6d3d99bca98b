package io.stancegraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/** Whether the startup load has finished, for the readiness check. */
@ApplicationScoped
public class CorpusStatus {

    private final AtomicBoolean seedsLoaded = new AtomicBoolean();
    private volatile LoadReport lastLoad;

    public boolean seedsLoaded() {
        return seedsLoaded.get();
    }

    public LoadReport lastLoad() {
        return lastLoad;
    }

    void loaded(LoadReport report) {
        lastLoad = report;
        seedsLoaded.set(true);
    }
}
