package io.stancegraph.analysis;

import java.util.List;

/**
 * A country's stance in one article.
 *
 * @param mentions how often the article names the country
 * @param evidence ordinals of the claims that support the position, in text order
 */
public record ArticleStanceDraft(String code, int mentions, Position position, double confidence, List<Integer> evidence) {
}
