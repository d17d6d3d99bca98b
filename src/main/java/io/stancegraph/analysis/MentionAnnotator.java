package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries named in the headline and the body (gazetteer forms, disambiguated by {@link CountryRecognizer}),
 * and known public figures as mentions of the country they speak for (their names' words become proper nouns).
 */
public final class MentionAnnotator extends BaseAnnotator {

    private final Gazetteer gazetteer;
    private final CountryRecognizer countries = new CountryRecognizer();
    private static final Organisations ORGANISATIONS = Organisations.load();
    /** Between an organisation and a name: its title, after up to three lower-case words ("EU foreign policy chief"). */
    private static final Pattern ORGANISATION_TITLE = Pattern.compile("^(?:['’]s)?(?:\\s+[\\p{Ll}-]+){0,3}?\\s+(?i:president|chief|head|"
            + "secretary-general|secretary general|secretary|commissioner|chair|chairman|chairwoman|spokes(?:man|woman|person)|envoy|"
            + "representative|ambassador|director-general|director|coordinator)\\s+$");

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
                .set(AnnotationKey.PEOPLE, people(body, doc.get(AnnotationKey.WORDS), matches, mentions))
                .set(AnnotationKey.WORDS, doc.get(AnnotationKey.WORDS).properNounsAt(matches.stream()
                        .filter(m -> m.of(Gazetteer.Type.PERSON).isPresent()).map(m -> new int[] {m.start(), m.end()}).toList()));
    }

    /**
     * Known public figures named in the body, as mentions of their country ("Trump announced he would
     * pull out"): they can hold a position in a sentence, like a speaker, but add nothing to the
     * country's mention count. A figure under an organisation's title ("European Council President X") speaks for
     * the organisation there, not for the country of an office the figures file gives them.
     */
    private List<CountryMention> people(String body, Words words, List<Gazetteer.Match> matches, List<CountryMention> countryMentions) {
        List<CountryMention> out = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            m.of(Gazetteer.Type.PERSON).flatMap(p -> gazetteer.person(m.text())).ifPresent(p -> {
                if (countryMentions.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())
                        && !underOrganisationTitle(body, words, m.start())) {
                    out.add(new CountryMention(p.countryCode(), m.start(), m.end(), m.text(), Gazetteer.Role.NAME));
                }
            });
        }
        return out;
    }

    /** True when an organisation's title stands right before the name at {@code nameStart}: "EU foreign policy chief", "UN envoy". */
    private static boolean underOrganisationTitle(String body, Words words, int nameStart) {
        int from = Math.max(0, nameStart - 60);
        for (CountryMention o : ORGANISATIONS.mentions(body.substring(from, nameStart))) {
            int end = from + o.end();
            Matcher title = ORGANISATION_TITLE.matcher(body.substring(end, nameStart));
            if (title.matches() && words.in(end, nameStart).stream().noneMatch(t -> "VERB".equals(t.tag()) || "AUX".equals(t.tag()))) {
                return true;
            }
        }
        return false;
    }
}
