package io.stancegraph.graphql;

import io.stancegraph.analysis.Position;
import io.stancegraph.model.ClaimCountry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Evidence")
@Description("Why a claim gives a country a position: the cue found in the text and the rule (sieve) that gave it to the country.")
public class EvidenceView {

    private final CountryView country;
    private final Position position;
    private final String cue;
    private final String rule;

    EvidenceView(ClaimCountry cc) {
        this.country = new CountryView(cc.country);
        this.position = cc.position;
        this.cue = cc.cue;
        this.rule = cc.rule;
    }

    @NonNull
    @Description("The country the claim takes a position for.")
    public CountryView getCountry() {
        return country;
    }

    @NonNull
    @Description("The position the claim expresses for the country.")
    public Position getPosition() {
        return position;
    }

    @Description("The words of the claim that carry the cue (\"welcomed\", \"recalled its ambassador\", \"-brokered\"), the event's act or object for an actor named in a sentence about it, or null.")
    public String getCue() {
        return cue;
    }

    @NonNull
    @Description("The rule that gave the cue to the country: frame, speaker, passive-agent, subject, event-act, event-participant, event-actor, broker, urger (who urges another to act: \"pressed Peru to reject\"), antecedent (a cue in a relative clause: \"Chile, which welcomed\"), joined (the states one joins in an act: \"joining Chile in rejecting\"), heading (a state named alone above the paragraph, in a round-up of reactions), affected-party or speech-tone; \"+object\" when backing the object of a withdrawal counts as opposing it.")
    public String getRule() {
        return rule;
    }
}
