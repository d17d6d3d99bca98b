package io.stancegraph.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counters of ingested documents by outcome, at /q/metrics as stancegraph_documents_total. */
@ApplicationScoped
public class IngestMetrics {

    private final Counter loaded;
    private final Counter already;
    private final Counter skipped;

    IngestMetrics(MeterRegistry registry) {
        loaded = Counter.builder("stancegraph.documents").tag("outcome", "loaded").description("Documents stored as new articles").register(registry);
        already = Counter.builder("stancegraph.documents").tag("outcome", "already_stored").description("Documents whose content was already stored").register(registry);
        skipped = Counter.builder("stancegraph.documents").tag("outcome", "skipped").description("Documents that could not be read").register(registry);
    }

    public void loaded() {
        loaded.increment();
    }

    public void already() {
        already.increment();
    }

    public void skipped() {
        skipped.increment();
    }
}
