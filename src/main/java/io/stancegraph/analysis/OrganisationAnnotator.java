package io.stancegraph.analysis;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations as actors of their own ({@link Organisations}): the EU, the UN, the African Union, Hamas. Each sentence
 * that names one, or whose speaker speaks for one ("the NATO Secretary General said"), goes through the
 * same holder sieves as for countries, with the organisations among the mentions; the positions they get are theirs
 * and never a country's. The countries' positions are those of {@link ClaimAnnotator}, untouched.
 */
public final class OrganisationAnnotator extends BaseAnnotator {

    private final Organisations organisations;
    private final List<String> sieves;

    public OrganisationAnnotator(Organisations organisations, List<String> sieves) {
        super("organisations", Set.of(AnnotationKey.DOCUMENT, AnnotationKey.WORDS, AnnotationKey.SENTENCES, AnnotationKey.COUNTRIES,
                AnnotationKey.PEOPLE, AnnotationKey.ATTRIBUTIONS), Set.of(AnnotationKey.ORGANISATIONS));
        this.organisations = organisations;
        this.sieves = StanceClassifier.checkSieves(sieves);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        Words words = doc.get(AnnotationKey.WORDS);
        List<CountryMention> named = organisations.mentions(words.text());
        String title = doc.get(AnnotationKey.DOCUMENT).title();
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (title != null) {
            organisations.mentions(title).forEach(m -> counts.merge(m.code(), 1, Integer::sum));
        }
        named.forEach(m -> counts.merge(m.code(), 1, Integer::sum));
        if (counts.isEmpty()) {
            doc.set(AnnotationKey.ORGANISATIONS, Map.of());
            return;
        }
        StanceClassifier stances = new StanceClassifier(doc.event(), sieves);
        List<Sentence> sentences = doc.get(AnnotationKey.SENTENCES);
        List<Attribution> attributions = doc.get(AnnotationKey.ATTRIBUTIONS);
        List<CountryMention> countries = doc.get(AnnotationKey.COUNTRIES);
        List<CountryMention> people = doc.get(AnnotationKey.PEOPLE);
        Map<String, List<OrganisationStatement>> statements = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Attribution a = attributions.get(i);
            if (a == null || DocumentReader.countWords(s.text()) < ArticleAnalyzer.MIN_CLAIM_WORDS) {
                continue;
            }
            List<CountryMention> here = Spans.countries(named, s);
            String speaker = a.present() ? speakerOrganisation(a.speaker()) : null;
            if (here.isEmpty() && speaker == null) {
                continue;
            }
            List<CountryMention> mentions = new ArrayList<>(here);
            mentions.addAll(Spans.countries(countries, s));
            mentions.addAll(Spans.countries(people, s));
            mentions.sort(Comparator.comparingInt(CountryMention::start));
            Attribution attribution = speaker == null ? a : a.withCountry(speaker);
            ClaimStance stance = stances.classify(words, s, mentions, attribution);
            Certainty certainty = CertaintyClassifier.classify(s.text(), a.present());
            stance.byCountry().forEach((code, position) -> {
                if (Organisations.isOrganisationCode(code) && position.isDirectional()) {
                    statements.computeIfAbsent(code, k -> new ArrayList<>())
                            .add(new OrganisationStatement(code, s.start(), s.end(), s.text(), certainty, position, stance.evidence().get(code)));
                }
            });
        }
        Map<String, OrganisationStance> out = new LinkedHashMap<>();
        counts.forEach((code, count) -> {
            List<OrganisationStatement> said = statements.getOrDefault(code, List.of());
            List<Map.Entry<Position, Certainty>> evidence = new ArrayList<>();
            said.forEach(st -> evidence.add(new AbstractMap.SimpleEntry<>(st.position(), st.certainty())));
            Verdict v = StanceAggregator.fromClaims(evidence);
            out.put(code, new OrganisationStance(code, count, v.position(), v.confidence(), said));
        });
        doc.set(AnnotationKey.ORGANISATIONS, out);
    }

    /** The organisation a speaker speaks for when the speaker phrase names one ("EU foreign policy chief Jan Example"). */
    private String speakerOrganisation(String speaker) {
        List<CountryMention> in = organisations.mentions(speaker);
        return in.isEmpty() ? null : in.get(0).code();
    }
}
