package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Countries named in the headline and the body (gazetteer forms, disambiguated by {@link CountryRecognizer}),
 * and known public figures as mentions of the country they speak for (their names' words become proper nouns).
 */
public final class MentionAnnotator extends BaseAnnotator {

    private final Gazetteer gazetteer;
    private final CountryRecognizer countries = new CountryRecognizer();

    public MentionAnnotator(Gazetteer gazetteer) {
        super("mentions", Set.of(AnnotationKey.DOCUMENT, AnnotationKey.BODY, AnnotationKey.WORDS),
                Set.of(AnnotationKey.GAZETTEER_MATCHES, AnnotationKey.COUNTRIES, AnnotationKey.TITLE_COUNTRIES, AnnotationKey.PEOPLE));
        this.gazetteer = gazetteer;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        String body = doc.get(AnnotationKey.BODY);
        String title = doc.get(AnnotationKey.DOCUMENT).title();
        List<Gazetteer.Match> matches = gazetteer.scan(body);
        List<CountryMention> mentions = countries.recognize(body, matches);
        doc.set(AnnotationKey.GAZETTEER_MATCHES, matches)
                .set(AnnotationKey.COUNTRIES, mentions)
                .set(AnnotationKey.TITLE_COUNTRIES, title == null ? List.of() : countries.recognize(title, gazetteer.scan(title)))
                .set(AnnotationKey.PEOPLE, people(matches, mentions))
                .set(AnnotationKey.WORDS, doc.get(AnnotationKey.WORDS).properNounsAt(matches.stream()
                        .filter(m -> m.of(Gazetteer.Type.PERSON).isPresent()).map(m -> new int[] {m.start(), m.end()}).toList()));
    }

    /**
     * Known public figures named in the body, as mentions of their country ("Trump announced he would
     * pull out"): they can hold a position in a sentence, like a speaker, but add nothing to the
     * country's mention count.
     */
    private List<CountryMention> people(List<Gazetteer.Match> matches, List<CountryMention> countryMentions) {
        List<CountryMention> out = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            m.of(Gazetteer.Type.PERSON).flatMap(p -> gazetteer.person(m.text())).ifPresent(p -> {
                if (countryMentions.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) {
                    out.add(new CountryMention(p.countryCode(), m.start(), m.end(), m.text(), Gazetteer.Role.NAME));
                }
            });
        }
        return out;
    }
}
