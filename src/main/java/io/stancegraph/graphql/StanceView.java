package io.stancegraph.graphql;

import io.stancegraph.analysis.Position;
import io.stancegraph.model.Country;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Stance")
@Description("A country's corpus-wide position toward the event, aggregated from its article stances.")
public class StanceView {

    final long countryKey;
    private final Position position;
    private final double confidence;
    private final String summary;

    StanceView(Country c) {
        this.countryKey = c.id;
        this.position = c.position;
        this.confidence = c.confidence;
        this.summary = c.summary;
    }

    @NonNull
    @Description("SUPPORTIVE, OPPOSED, CONCERNED, NEUTRAL (mentioned without a position) or MIXED (evidence both ways).")
    public Position getPosition() {
        return position;
    }

    @NonNull
    @Description("How strongly the evidence backs the position, from 0 to 1.")
    public double getConfidence() {
        return confidence;
    }

    @NonNull
    @Description("One readable sentence that explains the position from its evidence.")
    public String getSummary() {
        return summary;
    }
}
