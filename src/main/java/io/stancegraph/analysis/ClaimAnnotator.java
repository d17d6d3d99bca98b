package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Claims: sentences of at least {@link ArticleAnalyzer#MIN_CLAIM_WORDS} words that name a country, are said by
 * someone who speaks for one, or give a position under a heading that names one, with their source (cited in the sentence, in a citation-only sentence right
 * after it, or an anonymous speaker), certainty and the position they express for each country
 * ({@link StanceClassifier} with the holder sieves in the configured order).
 */
public final class ClaimAnnotator extends BaseAnnotator {

    private final List<String> sieves;

    public ClaimAnnotator(List<String> sieves) {
        super("claims", Set.of(AnnotationKey.DOCUMENT, AnnotationKey.WORDS, AnnotationKey.SENTENCES, AnnotationKey.COUNTRIES, AnnotationKey.PEOPLE,
                AnnotationKey.CITED_SOURCES, AnnotationKey.ATTRIBUTIONS),
                Set.of(AnnotationKey.CLAIMS));
        this.sieves = StanceClassifier.checkSieves(sieves);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<CountryMention> mentions = doc.get(AnnotationKey.COUNTRIES);
        StanceClassifier stances = new StanceClassifier(doc.event(), sieves).withArticleCountries(mentions)
                .withPublished(doc.get(AnnotationKey.DOCUMENT).publishedOn());
        Words words = doc.get(AnnotationKey.WORDS);
        List<Sentence> sentences = doc.get(AnnotationKey.SENTENCES);
        List<Attribution> attributions = doc.get(AnnotationKey.ATTRIBUTIONS);
        List<CountryMention> people = doc.get(AnnotationKey.PEOPLE);
        List<SourceMention> cited = doc.get(AnnotationKey.CITED_SOURCES);
        List<ClaimDraft> claims = new ArrayList<>();
        Map<Integer, String> headings = new HashMap<>(); // by paragraph: the state a heading above names, or ""
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Attribution attribution = attributions.get(i);
            List<CountryMention> inSentence = Spans.countries(mentions, s);
            boolean unnamed = attribution != null && inSentence.isEmpty() && attribution.speakerCountry() == null;
            String heading = headings.computeIfAbsent(words.text().lastIndexOf("\n\n", s.start()),
                    p -> Objects.requireNonNullElse(StanceClassifier.headingCountry(words.text(), mentions, s.start()), ""));
            heading = heading.isEmpty() ? null : heading;
            if (attribution == null || DocumentReader.countWords(s.text()) < ArticleAnalyzer.MIN_CLAIM_WORDS || unnamed && heading == null) {
                continue;
            }
            List<CountryMention> actors = withPeople(inSentence, Spans.countries(people, s));
            List<SourceMention> sourcesHere = Spans.sources(cited, s);
            SourceMention source = sourcesHere.isEmpty() ? null : sourcesHere.get(0);
            if (source == null && i + 1 < sentences.size()) {
                Sentence next = sentences.get(i + 1);
                List<SourceMention> nextSources = Spans.sources(cited, next);
                if (Spans.isCitationOnly(next, nextSources)) {
                    source = nextSources.get(0);
                }
            }
            if (source == null && attribution.anonymous()) {
                source = new SourceMention(attribution.speaker(), SourceKind.ANONYMOUS, attribution.verbEnd(), attribution.verbEnd(),
                        attribution.speaker(), false);
            }
            Certainty certainty = CertaintyClassifier.classify(s.text(), attribution.present() || source != null);
            ClaimStance stance = stances.classify(words, s, actors, attribution, heading);
            if (unnamed && stance.byCountry().isEmpty()) {
                continue; // under a state's heading, only a sentence with a position of that state is its claim
            }
            claims.add(new ClaimDraft(claims.size(), s.start(), s.end(), s.text(), certainty, attribution, source,
                    stance.position(), stance.byCountry(), stance.evidence()));
        }
        doc.set(AnnotationKey.CLAIMS, claims);
    }

    private static List<CountryMention> withPeople(List<CountryMention> countries, List<CountryMention> people) {
        if (people.isEmpty()) {
            return countries;
        }
        List<CountryMention> all = new ArrayList<>(countries);
        all.addAll(people);
        all.sort(Comparator.comparingInt(CountryMention::start));
        return all;
    }
}
