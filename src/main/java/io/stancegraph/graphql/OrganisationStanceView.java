package io.stancegraph.graphql;

import io.stancegraph.analysis.Position;
import io.stancegraph.analysis.Verdict;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("OrganisationStance")
@Description("An organisation's position, in one article or across the corpus, with the statements behind it.")
public class OrganisationStanceView {

    private final OrganisationView organisation;
    private final Position position;
    private final double confidence;
    private final int mentions;
    private final List<OrganisationStatementView> statements;

    OrganisationStanceView(OrganisationView organisation, Verdict verdict, int mentions, List<OrganisationStatementView> statements) {
        this.organisation = organisation;
        this.position = verdict.position();
        this.confidence = verdict.confidence();
        this.mentions = mentions;
        this.statements = List.copyOf(statements);
    }

    @NonNull
    @Description("The organisation.")
    public OrganisationView getOrganisation() {
        return organisation;
    }

    @NonNull
    @Description("SUPPORTIVE, OPPOSED, CONCERNED, NEUTRAL or MIXED toward the corpus event.")
    public Position getPosition() {
        return position;
    }

    @Description("How clearly the statements point one way, from 0 to 1.")
    public double getConfidence() {
        return confidence;
    }

    @Description("In one article, how often it names the organisation; across the corpus, how many articles name it.")
    public int getMentions() {
        return mentions;
    }

    @NonNull
    @Description("The statements that take a position, in article and text order (across the corpus the first ones, see Query.organisations(statements)).")
    public List<@NonNull OrganisationStatementView> getStatements() {
        return statements;
    }
}
