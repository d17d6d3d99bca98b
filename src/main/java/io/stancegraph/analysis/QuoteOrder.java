package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a country's quotes (Stance.quotes): the best claim of each article first (firm before
 * hedged, then text order), then the second of each, and so on; among equals, older articles first.
 * Claims are counted within their side (support, against, neutral), so the order of the claims that
 * support any stance follows from one stored key per claim and country that never changes once the
 * article is stored: a new article adds keys and moves no other.
 */
public final class QuoteOrder {

    /** One claim of an article about a country. */
    public record Entry(int ordinal, Position position, boolean hedged) {
    }

    private static final long ARTICLE_BITS = 40;

    private QuoteOrder() {
    }

    /** Sort keys of one article's claims about one country, in the order of the entries. */
    public static long[] keys(long articleId, List<Entry> entries) {
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            sorted.add(i);
        }
        sorted.sort(Comparator.comparing((Integer i) -> entries.get(i).hedged()).thenComparingInt(i -> entries.get(i).ordinal()));
        Map<Integer, Integer> inSide = new HashMap<>();
        long[] out = new long[entries.size()];
        for (int i : sorted) {
            Entry e = entries.get(i);
            int place = inSide.merge(side(e.position()), 1, Integer::sum);
            long key = ((long) Math.min(place, 0x7FFF) << (ARTICLE_BITS + 1)) | (e.hedged() ? 1L << ARTICLE_BITS : 0)
                    | (articleId & ((1L << ARTICLE_BITS) - 1));
            out[i] = key;
        }
        return out;
    }

    private static int side(Position p) {
        return p == Position.SUPPORTIVE ? 0 : p.isAgainst() ? 1 : p == Position.NEUTRAL ? 2 : 3;
    }
}
