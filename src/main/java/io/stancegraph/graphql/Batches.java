package io.stancegraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Lines batch results up with the parents they were asked for. */
final class Batches {

    private Batches() {
    }

    /** Children of every parent, loaded for all parent keys at once. */
    static <P, T> List<List<T>> lists(List<P> parents, Function<P, Long> key, Function<List<Long>, Map<Long, List<T>>> load) {
        return lists(parents, key, load.apply(keys(parents, key)));
    }

    /** The one related object of every parent (null when it has none), loaded for all keys at once. */
    static <P, T> List<T> singles(List<P> parents, Function<P, Long> key, Function<List<Long>, Map<Long, T>> load) {
        return singles(parents, key, load.apply(keys(parents, key)));
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

    /** Builds a connection from one page of rows and the total. */
    interface ConnectionFactory<N, C> {
        C create(List<N> rows, PageRequest page, int total);
    }

    /**
     * One connection per parent, from a page of children per parent key and their totals, both
     * loaded for all parents at once.
     */
    static <P, N, C> List<C> connections(List<P> parents, Function<P, Long> key, PageRequest page,
            Function<List<Long>, Map<Long, List<N>>> pages, Function<List<Long>, Map<Long, Integer>> totals,
            ConnectionFactory<N, C> factory) {
        List<Long> keys = keys(parents, key);
        Map<Long, List<N>> rows = pages.apply(keys);
        Map<Long, Integer> counts = totals.apply(keys);
        List<C> out = new ArrayList<>(parents.size());
        for (P p : parents) {
            Long k = key.apply(p);
            out.add(factory.create(rows.getOrDefault(k, List.of()), page, counts.getOrDefault(k, 0)));
        }
        return out;
    }

    static <P> List<Long> keys(List<P> parents, Function<P, Long> key) {
        return parents.stream().map(key).filter(Objects::nonNull).distinct().toList();
    }
}
