package io.stancegraph.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Turns a database that cannot be reached or does not answer in time into a typed
 * {@code SERVICE_UNAVAILABLE} error with a plain message, instead of a system error naming driver classes.
 */
public final class InfrastructureErrors {

    private static final Logger LOG = Logger.getLogger(InfrastructureErrors.class);

    static final String UNREACHABLE = "The database cannot be reached; try again shortly.";
    static final String TIMEOUT = "The database did not answer in time; try again shortly.";

    /** Hibernate's message when the pool cannot hand out a working connection (the driver's cause is logged, not chained). */
    private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";
    /** SQL states of lost or refused connections and of cancelled statements (08xxx are all connection errors). */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "90067", "90098", "90013");
    private static final Set<String> TIMEOUT_STATES = Set.of("57014", "HYT00", "HY008");

    private InfrastructureErrors() {
    }

    /** The client-facing error for an infrastructure failure anywhere in the cause chain, or empty. */
    public static Optional<ApiError.ServiceUnavailable> classify(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed())); // a failed enlistment hides the driver's error here
            String name = t.getClass().getName();
            if (t instanceof SQLTimeoutException || name.endsWith("QueryTimeoutException") || name.endsWith("LockTimeoutException")
                    || t instanceof SQLException s && s.getSQLState() != null && TIMEOUT_STATES.contains(s.getSQLState())
                    || t.getMessage() != null && t.getMessage().startsWith("Acquisition timeout")) {
                return Optional.of(new ApiError.ServiceUnavailable(TIMEOUT));
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || name.endsWith("JDBCConnectionException")
                    || t instanceof ConnectException
                    || t.getMessage() != null && t.getMessage().startsWith(NO_CONNECTION)
                    || t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || UNREACHABLE_STATES.contains(s.getSQLState()))) {
                return Optional.of(new ApiError.ServiceUnavailable(UNREACHABLE));
            }
        }
        return Optional.empty();
    }

    /** Marks beans whose methods touch the database on behalf of a client. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Translated {
    }

    /** Rethrows infrastructure failures as {@link ApiError.ServiceUnavailable}; everything else passes unchanged. */
    @Translated
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION - 10)
    public static class Translator {

        @AroundInvoke
        Object around(InvocationContext call) throws Exception {
            try {
                return call.proceed();
            } catch (ApiError e) {
                throw e;
            } catch (RuntimeException e) {
                Optional<ApiError.ServiceUnavailable> unavailable = classify(e);
                if (unavailable.isPresent()) {
                    LOG.warnf("database unavailable during %s: %s", call.getMethod().getName(), e);
                    throw unavailable.get();
                }
                throw e;
            }
        }
    }
}
