package io.stancegraph.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs a storing transaction and runs it again when it lost a race to another writer (a unique key taken by a
 * concurrent insert of the same document, country or source, a deadlock, a serialisation failure): by then the winner
 * has committed, and the next attempt finds its rows. A value the store cannot hold is the document's fault.
 */
final class StoreAttempts {

    private static final Logger LOG = Logger.getLogger(StoreAttempts.class);

    static final int ATTEMPTS = 4;

    private StoreAttempts() {
    }

    /** The result of {@code work} in a new transaction; refused when the document cannot be stored or the races persist. */
    static <T> T run(String document, Callable<T> work) throws IngestRejected {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (RuntimeException e) {
                String state = sqlState(e);
                if (state != null && state.startsWith("22")) {
                    LOG.warnf("document %s: refused, %s", document, e);
                    throw new IngestRejected(IngestRejected.Reason.BAD_INPUT, "the document has a value the store cannot hold");
                }
                if (!lostRace(state)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    LOG.warnf("document %s: %d attempts lost races to other writers (%s)", document, attempt, e);
                    throw new IngestRejected(IngestRejected.Reason.BUSY,
                            "other writers kept changing the same rows; the document was not stored, send it again");
                }
                LOG.debugf("document %s: attempt %d lost a race (%s), trying again", document, attempt, state);
                pause(attempt);
            }
        }
    }

    /** Integrity violations (23xxx), transaction rollbacks such as deadlocks (40xxx), lock waits that timed out (H2, PostgreSQL). */
    static boolean lostRace(String sqlState) {
        return sqlState != null && (sqlState.startsWith("23") || sqlState.startsWith("40") || sqlState.equals("HYT00")
                || sqlState.equals("55P03"));
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The SQL state of the first SQL exception in the cause chain, or null. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
