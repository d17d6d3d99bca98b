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
        EnumMap<Position, Double> w = new EnumMap<>(Position.class);
        int neutral = 0;
        for (Verdict v : articles) {
            if (v.position() == Position.MIXED) {
                w.merge(Position.SUPPORTIVE, v.confidence() / 2, Double::sum);
                w.merge(Position.CONCERNED, v.confidence() / 2, Double::sum);
            } else if (v.position().isDirectional()) {
                w.merge(v.position(), Math.max(0.1, v.confidence()), Double::sum);
            } else {
                neutral++;
            }
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
