package io.stancegraph.analysis;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's stance per country: every country the headline or the body names, or a claim involves
 * through its speaker, with the position its claims add up to ({@link StanceAggregator}) and the claims that support it.
 */
public final class ArticleStanceAnnotator extends BaseAnnotator {

    public ArticleStanceAnnotator() {
        super("article stances", Set.of(AnnotationKey.TITLE_COUNTRIES, AnnotationKey.COUNTRIES, AnnotationKey.CLAIMS),
                Set.of(AnnotationKey.ARTICLE_STANCES));
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<ClaimDraft> claims = doc.get(AnnotationKey.CLAIMS);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> inTitle = new HashSet<>();
        for (CountryMention m : doc.get(AnnotationKey.TITLE_COUNTRIES)) {
            counts.merge(m.code(), 1, Integer::sum);
            inTitle.add(m.code());
        }
        for (CountryMention m : doc.get(AnnotationKey.COUNTRIES)) {
            counts.merge(m.code(), 1, Integer::sum);
        }
        for (ClaimDraft c : claims) {
            c.positions().keySet().forEach(code -> counts.putIfAbsent(code, 0));
        }
        Map<String, ArticleStanceDraft> out = new LinkedHashMap<>();
        counts.forEach((code, count) -> {
            List<Map.Entry<Position, Certainty>> evidence = new ArrayList<>();
            for (ClaimDraft c : claims) {
                Position p = c.positions().get(code);
                if (p != null) {
                    evidence.add(new AbstractMap.SimpleEntry<>(p, c.certainty()));
                }
            }
            if (evidence.isEmpty() && doc.event().isActor(code) && inTitle.contains(code)) {
                // "Spain, Ireland and Norway recognise ...": an actor the headline names supports its own act, however the body goes on
                evidence.add(new AbstractMap.SimpleEntry<>(Position.SUPPORTIVE, Certainty.HEDGED));
            }
            Verdict v = StanceAggregator.fromClaims(evidence);
            List<Integer> support = new ArrayList<>();
            for (ClaimDraft c : claims) {
                Position p = c.positions().get(code);
                if (p != null && p.supports(v.position())) {
                    support.add(c.ordinal());
                }
            }
            out.put(code, new ArticleStanceDraft(code, count, v.position(), v.confidence(), support));
        });
        doc.set(AnnotationKey.ARTICLE_STANCES, out);
    }
}
