package io.stancegraph.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key and kept, shared by threads, for up to a fixed number of keys (news vocabulary stays far
 * below it); past that, values are worked out each time.
 */
final class Memo<K, V> {

    private final Map<K, V> kept = new ConcurrentHashMap<>();
    private final int limit;

    Memo(int limit) {
        this.limit = limit;
    }

    V get(K key, Function<K, V> make) {
        V known = kept.get(key);
        if (known != null) {
            return known;
        }
        V made = make.apply(key);
        if (kept.size() < limit) {
            kept.put(key, made);
        }
        return made;
    }
}
