package io.stancegraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Builds the parts shared by every connection type from one page of rows. */
final class Connection {

    /** Nodes, edges and page info of a page; {@code rows} may hold one extra row that signals a next page. */
    record Parts<N, E>(List<N> nodes, List<E> edges, PageInfo pageInfo) {
    }

    private Connection() {
    }

    static <N, E> Parts<N, E> of(List<N> rows, PageRequest page, BiFunction<String, N, E> edge) {
        boolean more = rows.size() > page.limit();
        List<N> nodes = more ? List.copyOf(rows.subList(0, page.limit())) : List.copyOf(rows);
        List<E> edges = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(edge.apply(PageRequest.cursor(page.offset() + i), nodes.get(i)));
        }
        PageInfo info = new PageInfo(more, page.offset() > 0,
                nodes.isEmpty() ? null : PageRequest.cursor(page.offset()),
                nodes.isEmpty() ? null : PageRequest.cursor(page.offset() + nodes.size() - 1));
        return new Parts<>(nodes, edges, info);
    }
}
