package io.stancegraph.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything the pipeline learns from one document.
 *
 * @param contentHash SHA-256 of the raw bytes, hex
 * @param publisher   the outlet credited by the document itself, or null
 * @param sources     distinct sources the article names: those it cites, then its publisher's credit
 * @param stances     per country code, in order of first mention
 */
public record ArticleAnalysis(ParsedDocument document, String body, String contentHash, int wordCount,
                              SourceMention publisher, List<SourceMention> sources, List<ClaimDraft> claims, Map<String, ArticleStanceDraft> stances) {
}
