package io.stancegraph.graphql;

import io.stancegraph.analysis.Certainty;
import io.stancegraph.analysis.Position;
import io.stancegraph.model.OrganisationClaim;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("OrganisationStatement")
@Description("A sentence of an article in which an organisation takes a position, with the cue and the rule that gave it.")
public class OrganisationStatementView {

    final Long articleKey;
    private final String quote;
    private final int startOffset;
    private final int endOffset;
    private final Position position;
    private final Certainty certainty;
    private final String cue;
    private final String rule;

    OrganisationStatementView(OrganisationClaim c) {
        this.articleKey = c.article.id;
        this.quote = c.quote;
        this.startOffset = c.startOffset;
        this.endOffset = c.endOffset;
        this.position = c.position;
        this.certainty = c.certainty;
        this.cue = c.cue;
        this.rule = c.rule;
    }

    @NonNull
    @Description("The exact text of the sentence, as it stands in the article body.")
    public String getQuote() {
        return quote;
    }

    @Description("Offset of the quote's first character in Article.body.")
    public int getStartOffset() {
        return startOffset;
    }

    @Description("Offset just past the quote's last character in Article.body.")
    public int getEndOffset() {
        return endOffset;
    }

    @NonNull
    @Description("The position the sentence expresses for the organisation.")
    public Position getPosition() {
        return position;
    }

    @NonNull
    @Description("ASSERTED, HEDGED or REPORTED (attributed speech).")
    public Certainty getCertainty() {
        return certainty;
    }

    @Description("The words that carry the cue (\"condemned\", \"imposed sanctions\"), or null.")
    public String getCue() {
        return cue;
    }

    @Description("The rule (sieve) that gave the cue to the organisation: speaker, passive-agent, subject and the others of Evidence.rule.")
    public String getRule() {
        return rule;
    }
}
