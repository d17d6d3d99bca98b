package io.stancegraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the pipeline learns from one document.
 *
 * @param contentHash SHA-256 of the raw bytes, hex
 * @param publisher   the outlet credited by the document itself, or null
 * @param sources     distinct sources the article names: those it cites, then its publisher's credit
 * @param stances     per country code, in order of first mention
 * @param organisations per organisation code ({@link Organisations}), in order of first mention
 */
public record ArticleAnalysis(ParsedDocument document, String body, String contentHash, int wordCount,
                              SourceMention publisher, List<SourceMention> sources, List<ClaimDraft> claims, Map<String, ArticleStanceDraft> stances,
                              Map<String, OrganisationStance> organisations) {

    /**
     * The same analysis with a publisher and a date given by the caller (ingestion at run time);
     * null keeps what the document says.
     */
    public ArticleAnalysis withMetadata(String publisherName, LocalDate publishedOn, Gazetteer gazetteer) {
        ParsedDocument d = document;
        SourceMention p = publisher;
        List<SourceMention> s = sources;
        if (publisherName != null && !publisherName.isBlank()) {
            Gazetteer.SourceEntry known = gazetteer.source(publisherName.strip()).orElse(null);
            p = new SourceMention(known != null ? known.name() : publisherName.strip(), known != null ? known.kind() : SourceKind.NEWS_OUTLET,
                    -1, -1, publisherName.strip(), false);
            String key = Names.key(p.name());
            List<SourceMention> merged = new ArrayList<>(sources.stream()
                    .filter(m -> !(m.start() < 0 && publisher != null && Names.key(m.name()).equals(Names.key(publisher.name())))).toList());
            if (merged.stream().noneMatch(m -> Names.key(m.name()).equals(key))) {
                merged.add(p);
            }
            s = List.copyOf(merged);
            d = new ParsedDocument(d.title(), p.name(), d.publishedOn(), d.byline(), d.paragraphs());
        }
        if (publishedOn != null) {
            d = new ParsedDocument(d.title(), d.publisher(), publishedOn, d.byline(), d.paragraphs());
        }
        return new ArticleAnalysis(d, body, contentHash, wordCount, p, s, claims, stances, organisations);
    }
}
