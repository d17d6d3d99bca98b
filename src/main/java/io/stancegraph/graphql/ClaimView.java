package io.stancegraph.graphql;

import io.stancegraph.analysis.Certainty;
import io.stancegraph.analysis.Position;
import io.stancegraph.model.Claim;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Claim")
@Description("One statement of an article: the exact quote, its position toward the event, how firmly it is stated, who said it and which source it cites.")
public class ClaimView implements Node {

    final long key;
    private final ArticleView article;
    private final SourceView source;
    private final String id;
    private final String quote;
    private final int startOffset;
    private final int endOffset;
    private final Position position;
    private final Certainty certainty;
    private final String speaker;
    private final int corroborationCount;

    ClaimView(Claim c) {
        this.key = c.id;
        this.article = new ArticleView(c.article); // fetched with the claim
        this.source = c.source == null ? null : new SourceView(c.source);
        this.id = GlobalId.encode("Claim", c.uid);
        this.quote = c.quote;
        this.startOffset = c.startOffset;
        this.endOffset = c.endOffset;
        this.position = c.position;
        this.certainty = c.certainty;
        this.speaker = c.speaker;
        this.corroborationCount = c.corroborationCount;
    }

    @Override
    @Id
    @NonNull
    @Description("Stable global ID.")
    public String getId() {
        return id;
    }

    @NonNull
    @Description("The exact text of the statement, as it stands in the article body.")
    public String getQuote() {
        return quote;
    }

    @NonNull
    @Description("Offset of the quote's first character in Article.body.")
    public int getStartOffset() {
        return startOffset;
    }

    @NonNull
    @Description("Offset just past the quote's last character in Article.body.")
    public int getEndOffset() {
        return endOffset;
    }

    @NonNull
    @Description("Position the statement expresses for its main country.")
    public Position getPosition() {
        return position;
    }

    @NonNull
    @Description("ASSERTED, HEDGED (may, could, likely, poised to) or REPORTED (attributed speech).")
    public Certainty getCertainty() {
        return certainty;
    }

    @NonNull
    @Description("How many other articles state the same fact.")
    public int getCorroborationCount() {
        return corroborationCount;
    }

    @NonNull
    @Description("The article the claim comes from.")
    public ArticleView getArticle() {
        return article;
    }

    @Description("The source the claim cites (\"according to Business Standard\"), when it cites one.")
    public SourceView getSource() {
        return source;
    }

    @Description("Who made the statement, as the article names them (\"President Kassym-Jomart Tokayev\", \"a senior U.S. official\").")
    public String getSpeaker() {
        return speaker;
    }
}
