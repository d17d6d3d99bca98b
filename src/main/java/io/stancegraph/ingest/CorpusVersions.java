package io.stancegraph.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.stancegraph.config.StanceGraphConfig;
import io.stancegraph.model.CorpusVersion;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The corpus version kept in the database. Every change raises it in its own transaction; every
 * replica polls it and, when it moved, drops its read caches and tells its subscribers about the
 * articles stored since (through whichever replica), so replicas on one database agree within one
 * poll interval.
 */
@ApplicationScoped
public class CorpusVersions {

    private static final Logger LOG = Logger.getLogger(CorpusVersions.class);
    /** How far back a poll looks for new articles: longer than any ingestion transaction. */
    private static final long LOOK_BACK_SECONDS = 120;

    @Inject
    EntityManager em;

    @Inject
    StanceGraphConfig config;

    @Inject
    Event<CorpusChanged> changed;

    private final BroadcastProcessor<String> ingested = BroadcastProcessor.create();
    private final Set<String> announced = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 100_000;
        }
    }));
    private volatile long seen = -1;
    private volatile Instant lastPoll = Instant.now();
    private ScheduledExecutorService poller;

    /** Uids of newly stored articles, from any replica. */
    public Multi<String> ingested() {
        return ingested;
    }

    /** Tells this replica's subscribers about an article stored here (once, whoever sees it first). */
    public void announce(String uid) {
        if (announced.add(uid)) {
            ingested.onNext(uid);
        }
    }

    /** Raises the version in the current transaction; caches here drop once it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        ensureRow();
        em.createNamedQuery("CorpusVersion.bump").executeUpdate();
        changed.fire(new CorpusChanged(0));
    }

    /**
     * Locks the version row until the transaction ends, so that changes of the corpus run one after the other from here
     * on: a change that links its claims to the corpus sees every change committed before it, and none is half-seen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForChange() {
        ensureRow();
        em.find(CorpusVersion.class, 1, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private void ensureRow() {
        if (em.find(CorpusVersion.class, 1) == null) { // H2 without Flyway: the row is created on first use
            CorpusVersion v = new CorpusVersion();
            v.id = 1;
            em.persist(v);
            em.flush();
        }
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        long millis = config.corpus().pollInterval().toMillis();
        if (millis <= 0) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stancegraph-version-poll");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** Checks the version; when it moved, drops caches and announces new articles. Never throws. */
    void poll() {
        try {
            Instant since = lastPoll.minusSeconds(LOOK_BACK_SECONDS);
            Instant now = Instant.now();
            record Polled(Long version, List<String> uids) {
            }
            Polled p = QuarkusTransaction.requiringNew().call(() -> {
                List<Long> v = em.createNamedQuery("CorpusVersion.current", Long.class).getResultList();
                Long version = v.isEmpty() ? 0L : v.get(0);
                List<String> uids = version == seen ? List.of()
                        : em.createQuery("select a.uid from Article a where a.ingestedAt >= :since order by a.ingestedAt, a.id", String.class)
                                .setParameter("since", since).getResultList();
                return new Polled(version, uids);
            });
            lastPoll = now;
            if (p.version() != seen) {
                boolean first = seen < 0;
                seen = p.version();
                changed.fire(new CorpusChanged(0));
                for (String uid : p.uids()) {
                    if (announced.add(uid) && !first) {
                        ingested.onNext(uid);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf("corpus version poll failed: %s", e.toString());
        }
    }
}
