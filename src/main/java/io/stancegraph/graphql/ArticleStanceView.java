package io.stancegraph.graphql;

import io.stancegraph.analysis.Position;
import io.stancegraph.model.ArticleStance;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ArticleStance")
@Description("A country's position in one article, with the quotes that support it.")
public class ArticleStanceView {

    final long key;
    final long articleKey;
    final long countryKey;
    private final Position position;
    private final double confidence;
    private final int mentions;

    ArticleStanceView(ArticleStance s) {
        this.key = s.id;
        this.articleKey = s.article.id;
        this.countryKey = s.country.id;
        this.position = s.position;
        this.confidence = s.confidence;
        this.mentions = s.mentions;
    }

    @NonNull
    @Description("The country's position in this article.")
    public Position getPosition() {
        return position;
    }

    @NonNull
    @Description("How strongly the article's claims back the position, from 0 to 1.")
    public double getConfidence() {
        return confidence;
    }

    @NonNull
    @Description("How often the article names the country.")
    public int getMentions() {
        return mentions;
    }
}
