package io.stancegraph.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Sources the body cites: outlets, agencies, think tanks, organisations, and unknown organisations in a citation. */
public final class SourceAnnotator extends BaseAnnotator {

    private final SourceDetector sources;

    public SourceAnnotator(Gazetteer gazetteer) {
        super("sources", Set.of(AnnotationKey.DOCUMENT, AnnotationKey.BODY, AnnotationKey.GAZETTEER_MATCHES, AnnotationKey.COUNTRIES),
                Set.of(AnnotationKey.CITED_SOURCES));
        this.sources = new SourceDetector(gazetteer);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<SourceMention> found = sources.detect(doc.get(AnnotationKey.BODY), doc.get(AnnotationKey.GAZETTEER_MATCHES),
                doc.get(AnnotationKey.COUNTRIES));
        String publisher = doc.get(AnnotationKey.DOCUMENT).publisher();
        doc.set(AnnotationKey.CITED_SOURCES, publisher == null ? found
                : found.stream().filter(m -> !ownInitials(m, publisher)).toList());
    }

    /**
     * The article's own outlet by its initials ("EW:" before an interviewer's questions in The Example Weekly), which a list
     * of outlets may give to another one: no source it cites.
     */
    static boolean ownInitials(SourceMention m, String publisher) {
        if (m.surface().length() < 2 || !m.surface().chars().allMatch(Character::isUpperCase)
                || m.name().equalsIgnoreCase(publisher)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        Arrays.stream(publisher.split("\\s+")).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).forEach(w -> initials.append(w.charAt(0)));
        String all = initials.toString().toUpperCase(Locale.ROOT);
        return m.surface().equals(all) || publisher.startsWith("The ") && m.surface().equals(all.substring(1));
    }
}
