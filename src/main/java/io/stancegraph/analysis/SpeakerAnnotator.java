package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who says each sentence ({@link SpeakerFinder}, in text order so that "he said" resolves). A sentence that
 * cannot be a claim, because it is run-on text over {@link ArticleAnalyzer#MAX_CLAIM_CHARS} or only cites a
 * source, gets none (null).
 */
public final class SpeakerAnnotator extends BaseAnnotator {

    private final Gazetteer gazetteer;

    public SpeakerAnnotator(Gazetteer gazetteer) {
        super("speakers", Set.of(AnnotationKey.DOCUMENT, AnnotationKey.WORDS, AnnotationKey.SENTENCES, AnnotationKey.COUNTRIES,
                        AnnotationKey.GAZETTEER_MATCHES, AnnotationKey.CITED_SOURCES),
                Set.of(AnnotationKey.ATTRIBUTIONS));
        this.gazetteer = gazetteer;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        SpeakerFinder speakers = new SpeakerFinder(gazetteer, doc.get(AnnotationKey.WORDS), doc.get(AnnotationKey.COUNTRIES))
                .scanned(doc.get(AnnotationKey.GAZETTEER_MATCHES)).issuedBy(issuerState(doc.get(AnnotationKey.DOCUMENT).publisher()));
        List<SourceMention> cited = doc.get(AnnotationKey.CITED_SOURCES);
        List<Attribution> out = new ArrayList<>();
        for (Sentence s : doc.get(AnnotationKey.SENTENCES)) {
            boolean candidate = s.text().length() <= ArticleAnalyzer.MAX_CLAIM_CHARS && !Spans.isCitationOnly(s, Spans.sources(cited, s));
            out.add(candidate ? speakers.find(s) : null);
        }
        doc.set(AnnotationKey.ATTRIBUTIONS, out);
    }

    /** The state whose body published the document ("Ministry of Foreign Affairs of Iceland": Iceland), or null. */
    String issuerState(String publisher) {
        if (!Names.namesStateBody(publisher)) {
            return null;
        }
        List<String> codes = new CountryRecognizer().recognize(publisher, gazetteer.scan(publisher)).stream().map(CountryMention::code)
                .distinct().toList();
        return codes.size() == 1 ? codes.get(0) : null;
    }
}
