package io.stancegraph.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.stancegraph.analysis.ArticleAnalysis;
import io.stancegraph.analysis.ArticleAnalyzer;
import io.stancegraph.analysis.CorpusEvent;
import io.stancegraph.analysis.EventDetector;
import io.stancegraph.analysis.UnreadableDocumentException;
import io.stancegraph.config.StanceGraphConfig;
import io.stancegraph.model.BackfillJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Backfills split across replicas through the database: a folder's documents become rows of
 * {@code backfill_job}; every replica claims a few at a time with FOR UPDATE SKIP LOCKED, analyses
 * them on all cores and stores each article in the transaction that marks its job done. A replica
 * that dies leaves its claims behind; after the lease another replica takes them over.
 */
@ApplicationScoped
public class Backfill {

    private static final Logger LOG = Logger.getLogger(Backfill.class);
    /** Hibernate's lock timeout for SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    /** Jobs by state. */
    public enum State { QUEUED, CLAIMED, DONE, FAILED }

    @Inject
    EntityManager em;

    @Inject
    StanceGraphConfig config;

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    EventService events;

    @Inject
    CorpusUpkeep upkeep;

    @Inject
    IngestMetrics metrics;

    @Inject
    AnalysisThreads threads;

    private final String me = "replica-" + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService worker;

    void start(@Observes StartupEvent event) {
        long millis = config.backfill().pollInterval().toMillis();
        if (millis <= 0) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(daemon("stancegraph-backfill"));
        worker.scheduleWithFixedDelay(this::work, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Queues the documents of a folder every replica can read; returns how many were not queued before. */
    public int queue(Path dir) throws IngestRejected {
        if (!Files.isDirectory(dir)) {
            throw new IngestRejected(IngestRejected.Reason.BAD_INPUT, "no such directory on the server: " + dir);
        }
        List<String> paths;
        try (Stream<Path> files = Files.list(dir)) {
            paths = files.filter(Files::isRegularFile).filter(SeedLoader::isDocument).map(p -> p.toAbsolutePath().normalize().toString())
                    .filter(p -> p.length() <= 1000).sorted().toList();
        } catch (IOException e) {
            throw new IngestRejected(IngestRejected.Reason.BAD_INPUT, "cannot list " + dir + ": " + e.getMessage());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> known = new HashSet<>(em.createQuery("select j.path from BackfillJob j where j.path in :paths", String.class)
                    .setParameter("paths", paths.isEmpty() ? List.of("") : paths).getResultList());
            int added = 0;
            for (String p : paths) {
                if (!known.contains(p)) {
                    BackfillJob job = new BackfillJob();
                    job.path = p;
                    job.state = State.QUEUED.name();
                    em.persist(job);
                    added++;
                }
            }
            return added;
        });
    }

    /** How many jobs are in each state. */
    public Map<State, Long> status() {
        Map<State, Long> out = new EnumMap<>(State.class);
        for (State s : State.values()) {
            out.put(s, 0L);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (BackfillJob.StateCount r : em.createNamedQuery("BackfillJob.byState", BackfillJob.StateCount.class).getResultList()) {
                out.put(State.valueOf(r.state()), r.count());
            }
        });
        return out;
    }

    /** Claims a batch and works it off; never throws (the next round tries again). */
    void work() {
        try {
            while (workBatch() > 0) {
                // keep going while there is work
            }
        } catch (RuntimeException e) {
            LOG.warnf("backfill round failed: %s", e.toString());
        }
    }

    /** A claimed job with its document, read once (null when it cannot be read). */
    private record Claimed(long id, String path, byte[] bytes, String readError) {

        String name() {
            return Path.of(path).getFileName().toString();
        }
    }

    private static Claimed read(long id, String path) {
        try {
            return new Claimed(id, path, Files.readAllBytes(Path.of(path)), null);
        } catch (IOException | RuntimeException e) {
            return new Claimed(id, path, null, e.toString());
        }
    }

    private int workBatch() {
        Instant staleBefore = Instant.now().minus(config.backfill().lease());
        List<Claimed> taken = QuarkusTransaction.requiringNew().call(() -> {
            List<BackfillJob> jobs = em.createNamedQuery("BackfillJob.claimable", BackfillJob.class).setParameter(1, staleBefore)
                    .setMaxResults(config.backfill().batch()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED).getResultList();
            List<Claimed> out = new ArrayList<>();
            for (BackfillJob j : jobs) {
                j.state = State.CLAIMED.name();
                j.claimedBy = me;
                j.claimedAt = Instant.now();
                j.attempts++;
                out.add(new Claimed(j.id, j.path, null, null));
            }
            return out;
        });
        List<Claimed> claimed = taken.stream().map(j -> read(j.id(), j.path())).toList();
        if (claimed.isEmpty()) {
            return 0;
        }
        CorpusEvent event = events.resolve(() -> claimed.stream().map(this::lead).filter(Objects::nonNull).toList());
        List<CompletableFuture<Object>> analysed = claimed.stream().map(c -> CompletableFuture.supplyAsync(() -> analyse(c, event), threads.pool()))
                .toList();
        for (int i = 0; i < claimed.size(); i++) {
            Claimed c = claimed.get(i);
            Object result = analysed.get(i).join();
            try {
                count(StoreAttempts.run(c.path(), () -> finish(c, result)));
            } catch (IngestRejected e) {
                if (e.reason() == IngestRejected.Reason.BAD_INPUT) {
                    QuarkusTransaction.requiringNew().run(() -> fail(c, e.getMessage()));
                    metrics.skipped();
                } else {
                    LOG.warnf("backfill %s: not stored this time (%s); it is tried again after the lease", c.path(), e.getMessage());
                }
            } catch (RuntimeException e) {
                LOG.warnf("backfill %s: not stored this time (%s); it is tried again after the lease", c.path(), e.toString());
            }
        }
        LOG.infof("backfill: %s worked off %d documents", me, claimed.size());
        return claimed.size();
    }

    private EventDetector.Lead lead(Claimed c) {
        try {
            return c.bytes() == null ? null : analyzer.lead(c.name(), c.bytes());
        } catch (UnreadableDocumentException | RuntimeException e) {
            return null;
        }
    }

    /** The analysis of a claimed document, or the reason it cannot be stored. */
    private Object analyse(Claimed c, CorpusEvent event) {
        if (c.bytes() == null) {
            return c.readError();
        }
        try {
            return analyzer.analyze(c.name(), c.bytes(), event);
        } catch (UnreadableDocumentException e) {
            return "cannot read the document: " + e.getMessage();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** What finishing a job did. */
    private enum Finished { STORED, ALREADY, FAILED, TAKEN_OVER }

    private void count(Finished f) {
        switch (f) {
            case STORED -> metrics.loaded();
            case ALREADY -> metrics.already();
            case FAILED -> metrics.skipped();
            case TAKEN_OVER -> {
            }
        }
    }

    /** The job, when this replica still holds it. */
    private BackfillJob held(Claimed c) {
        BackfillJob job = em.find(BackfillJob.class, c.id(), LockModeType.PESSIMISTIC_WRITE);
        return job == null || !me.equals(job.claimedBy) || !State.CLAIMED.name().equals(job.state) ? null : job;
    }

    /** Stores the article and marks its job done in one transaction, unless another replica took the job over. */
    private Finished finish(Claimed c, Object result) {
        BackfillJob job = held(c);
        if (job == null) {
            return Finished.TAKEN_OVER; // our lease ran out
        }
        if (result instanceof ArticleAnalysis a && a.claims().size() <= config.ingest().maxClaims()) {
            CorpusWriter.Stored stored = upkeep.store(c.name(), a);
            job.state = State.DONE.name();
            return stored.created() ? Finished.STORED : Finished.ALREADY;
        }
        job.state = State.FAILED.name();
        job.error = CorpusWriter.fit(result instanceof String s ? s : "more statements than stancegraph.ingest.max-claims", 500);
        return Finished.FAILED;
    }

    /** Marks a held job failed: its document cannot be stored. */
    private void fail(Claimed c, String why) {
        BackfillJob job = held(c);
        if (job != null) {
            job.state = State.FAILED.name();
            job.error = CorpusWriter.fit(why, 500);
        }
    }
}
