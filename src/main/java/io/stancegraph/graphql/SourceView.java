package io.stancegraph.graphql;

import io.stancegraph.analysis.SourceKind;
import io.stancegraph.model.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Source")
@Description("A news outlet, wire agency, think tank, reference work, social platform, public body or anonymous source. Spelling variants and typos are merged into one source.")
public class SourceView implements Node {

    final long key;
    private final String id;
    private final String name;
    private final SourceKind kind;

    SourceView(Source s) {
        this.key = s.id;
        this.id = GlobalId.encode("Source", s.nameKey);
        this.name = s.name;
        this.kind = s.kind;
    }

    @Override
    @Id
    @NonNull
    @Description("Stable global ID, derived from the normalised name.")
    public String getId() {
        return id;
    }

    @NonNull
    @Description("Canonical name (\"Atlantic Council\" for \"Atlanic Council\").")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What kind of body the source is.")
    public SourceKind getKind() {
        return kind;
    }
}
