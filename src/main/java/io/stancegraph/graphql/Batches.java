package io.stancegraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lines batch results up with the parents they were asked for. */
final class Batches {

    private Batches() {
    }

    static <P, T> List<List<T>> lists(List<P> parents, Function<P, Long> key, Map<Long, List<T>> byKey) {
        List<List<T>> out = new ArrayList<>(parents.size());
        for (P p : parents) {
            out.add(byKey.getOrDefault(key.apply(p), List.of()));
        }
        return out;
    }

    static <P, T> List<T> singles(List<P> parents, Function<P, Long> key, Map<Long, T> byKey) {
        List<T> out = new ArrayList<>(parents.size());
        for (P p : parents) {
            Long k = key.apply(p);
            out.add(k == null ? null : byKey.get(k));
        }
        return out;
    }

    static <P> List<Long> keys(List<P> parents, Function<P, Long> key) {
        return parents.stream().map(key).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
