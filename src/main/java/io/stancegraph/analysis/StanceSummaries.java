package io.stancegraph.analysis;

import java.util.Locale;
import java.util.Map;

/** One readable sentence that explains a corpus stance from its evidence. */
public final class StanceSummaries {

    static final int QUOTE_CHARS = 160;

    private StanceSummaries() {
    }

    /**
     * @param articlesByPosition how many articles took each position
     * @param example            a quote that supports the position, or null
     * @param origin             where the quote comes from (publisher, title or file), or null
     */
    public static String summarise(String country, Verdict verdict, Map<Position, Integer> articlesByPosition, String example, String origin) {
        int total = articlesByPosition.values().stream().mapToInt(Integer::intValue).sum();
        int neutral = articlesByPosition.getOrDefault(Position.NEUTRAL, 0);
        String confidence = String.format(Locale.ROOT, "confidence %.2f", verdict.confidence());
        StringBuilder s = new StringBuilder();
        switch (verdict.position()) {
            case NEUTRAL -> {
                return country + " is mentioned in " + articles(total) + " without taking a position.";
            }
            case MIXED -> {
                s.append(country).append("'s position is mixed: ");
                StringBuilder parts = new StringBuilder();
                for (Position p : Position.values()) {
                    int n = articlesByPosition.getOrDefault(p, 0);
                    if (p.isDirectional() || p == Position.MIXED) {
                        if (n > 0) {
                            parts.append(parts.length() > 0 ? ", " : "").append(word(p)).append(" in ").append(articles(n));
                        }
                    }
                }
                s.append(parts).append(" (").append(confidence).append(")");
            }
            default -> {
                int n = articlesByPosition.getOrDefault(verdict.position(), 0);
                s.append(country).append(" is ").append(word(verdict.position())).append(" in ").append(n).append(" of ")
                        .append(articles(total)).append(" that mention it");
                int other = total - n - neutral;
                if (other > 0) {
                    s.append(", with ").append(other).append(" taking another position");
                }
                s.append(" (").append(confidence).append(")");
            }
        }
        if (example != null) {
            s.append(", e.g. “").append(shorten(example)).append("”");
            if (origin != null) {
                s.append(" (").append(origin).append(")");
            }
        }
        return s.append('.').toString();
    }

    private static String word(Position p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String articles(int n) {
        return n + (n == 1 ? " article" : " articles");
    }

    private static String shorten(String quote) {
        String q = quote.strip().replaceAll("\\s+", " ");
        if (q.length() <= QUOTE_CHARS) {
            return q;
        }
        int cut = q.lastIndexOf(' ', QUOTE_CHARS);
        return q.substring(0, cut > 40 ? cut : QUOTE_CHARS) + "…";
    }
}
