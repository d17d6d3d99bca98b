package io.stancegraph.graphql;

import io.stancegraph.analysis.CorpusEvent;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Event")
@Description("The event the corpus reports, toward which every stance is a position: detected from the articles' headlines and leads, or set by configuration (stancegraph.event.*).")
public class EventView {

    private final CorpusEvent event;
    private final String origin;

    EventView(CorpusEvent event, String origin) {
        this.event = event;
        this.origin = origin;
    }

    @Description("One line that names the event, e.g. \"South Africa litigates case against Israel\"; null when no event is known.")
    public String getSummary() {
        return event.summary();
    }

    @NonNull
    @Description("ISO 3166-1 codes of the states that carry out the act, or lower-case codes of organisations (\"opec\", \"eu\"); they support their own act.")
    public List<@NonNull String> getActors() {
        return event.actors();
    }

    @Description("The act, as one of the act families of lexicon/acts.tsv (e.g. accede, withdraw, restore, litigate, sanction, veto, close, coup; the README lists them all) or as the lemma of a verb the lexicon does not list (\"release\"); null when unknown.")
    public String getAct() {
        return event.act();
    }

    @Description("What the act is about, as the articles name it (\"Paris climate agreement\"), or null.")
    public String getObject() {
        return event.object();
    }

    @NonNull
    @Description("ISO 3166-1 codes of the states the act is directed against (\"a case against Israel\").")
    public List<@NonNull String> getTargets() {
        return event.targets();
    }

    @NonNull
    @Description("Lower-case words (lemmas) by which a sentence refers to the event; an attitude counts only in a sentence that refers to the event.")
    public List<@NonNull String> getTriggers() {
        return event.triggers().stream().sorted().toList();
    }

    @NonNull
    @Description("Where the event comes from: DETECTED, CONFIGURED, or NONE while no event is known.")
    public String getOrigin() {
        return origin;
    }
}
