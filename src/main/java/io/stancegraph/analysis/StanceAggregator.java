package io.stancegraph.analysis;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns evidence into a position: claims into an article stance, article stances into a corpus
 * stance. Support against opposition or concern of comparable weight (the weaker side at least
 * half the stronger) is MIXED; no directional evidence is NEUTRAL.
 */
public final class StanceAggregator {

    /** The weaker side must reach this share of the stronger for MIXED. */
    static final double MIXED_RATIO = 0.5;
    /** Weights are counted in 1/200: confidences have two decimals and MIXED halves them. */
    static final int UNITS = 200;

    private StanceAggregator() {
    }

    /** How much a claim counts: hedged statements count less than asserted or reported ones. */
    public static double weight(Certainty certainty) {
        return certainty == Certainty.HEDGED ? 0.6 : 1.0;
    }

    /** Article stance of one country from (position, certainty) of the claims about it. */
    public static Verdict fromClaims(Collection<Map.Entry<Position, Certainty>> claims) {
        EnumMap<Position, Double> w = new EnumMap<>(Position.class);
        int neutral = 0;
        for (Map.Entry<Position, Certainty> c : claims) {
            if (c.getKey().isDirectional()) {
                w.merge(c.getKey(), weight(c.getValue()), Double::sum);
            } else {
                neutral++;
            }
        }
        return decide(w, neutral);
    }

    /** Corpus stance of one country from its article stances, each weighted by its confidence. */
    public static Verdict fromArticles(Collection<Verdict> articles) {
        int[] units = new int[3];
        int neutral = 0;
        for (Verdict v : articles) {
            int[] w = weightUnits(v);
            for (int i = 0; i < 3; i++) {
                units[i] += w[i];
            }
            neutral += v.position().isDirectional() || v.position() == Position.MIXED ? 0 : 1;
        }
        return fromWeights(units[0], units[1], units[2], neutral);
    }

    /**
     * What one article stance adds to a country's support, opposition and concern, in units of 1/200:
     * its confidence (at least 0.1), split in halves between support and concern for MIXED. Whole
     * numbers, so a corpus stance kept as running sums is the same whatever order articles arrive in.
     */
    public static int[] weightUnits(Verdict v) {
        int units = (int) Math.round(v.confidence() * UNITS);
        return switch (v.position()) {
            case MIXED -> new int[] {units / 2, 0, units - units / 2};
            case SUPPORTIVE -> new int[] {Math.max(UNITS / 10, units), 0, 0};
            case OPPOSED -> new int[] {0, Math.max(UNITS / 10, units), 0};
            case CONCERNED -> new int[] {0, 0, Math.max(UNITS / 10, units)};
            case NEUTRAL -> new int[] {0, 0, 0};
        };
    }

    /** Corpus stance from summed {@link #weightUnits} and the number of neutral article stances. */
    public static Verdict fromWeights(int support, int opposed, int concerned, int neutral) {
        EnumMap<Position, Double> w = new EnumMap<>(Position.class);
        if (support > 0) {
            w.put(Position.SUPPORTIVE, support / (double) UNITS);
        }
        if (opposed > 0) {
            w.put(Position.OPPOSED, opposed / (double) UNITS);
        }
        if (concerned > 0) {
            w.put(Position.CONCERNED, concerned / (double) UNITS);
        }
        return decide(w, neutral);
    }

    static Verdict decide(EnumMap<Position, Double> w, int neutral) {
        double support = w.getOrDefault(Position.SUPPORTIVE, 0.0);
        double opposed = w.getOrDefault(Position.OPPOSED, 0.0);
        double concerned = w.getOrDefault(Position.CONCERNED, 0.0);
        double against = opposed + concerned;
        double total = support + against;
        if (total == 0) {
            return new Verdict(Position.NEUTRAL, round(neutral == 0 ? 0.5 : Math.min(0.9, 0.5 + 0.1 * neutral)));
        }
        double weaker = Math.min(support, against);
        double stronger = Math.max(support, against);
        if (weaker > 0 && weaker >= MIXED_RATIO * stronger) {
            return new Verdict(Position.MIXED, round(Math.min(0.9, total / (total + 0.2 * neutral + 1))));
        }
        Position p = support >= against ? Position.SUPPORTIVE : opposed >= concerned ? Position.OPPOSED : Position.CONCERNED;
        double top = p == Position.SUPPORTIVE ? support : p == Position.OPPOSED ? opposed : concerned;
        // Share of the evidence for the winner, damped for thin evidence.
        double share = top / (total + 0.2 * neutral);
        double amount = 1 - 1 / (1 + top);
        return new Verdict(p, round(Math.min(1.0, share * (0.5 + 0.5 * amount))));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
