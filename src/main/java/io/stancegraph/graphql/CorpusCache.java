package io.stancegraph.graphql;

import io.stancegraph.ingest.CorpusChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read results of the API by method and arguments, valid until the corpus changes. The corpus only
 * changes when articles are ingested, so between ingestions a repeated query is answered from
 * memory; a result computed while the corpus changed is not kept.
 */
@ApplicationScoped
public class CorpusCache {

    /** Entries kept at most; past that the cache starts over. */
    static final int MAX_ENTRIES = 10_000;

    private record Key(String method, List<Object> arguments) {
    }

    private final Map<Key, Object> entries = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    Object get(String method, Object[] arguments, InvocationContext call) throws Exception {
        Key key = new Key(method, Arrays.asList(arguments));
        Object hit = entries.get(key);
        if (hit != null) {
            return hit;
        }
        long seen = version.get();
        Object value = call.proceed();
        if (value != null && version.get() == seen) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, value);
        }
        return value;
    }

    /** Drops everything once the change is committed. */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CorpusChanged change) {
        version.incrementAndGet();
        entries.clear();
    }

    /** Serves {@link CorpusCached} methods from the cache. */
    @CorpusCached
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    public static class CacheInterceptor {

        @Inject
        CorpusCache cache;

        @AroundInvoke
        Object around(InvocationContext call) throws Exception {
            return cache.get(call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName(),
                    call.getParameters(), call);
        }
    }
}
