package io.stancegraph.graphql;

import io.stancegraph.analysis.Organisations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Organisation")
@Description("An actor that is not a country: an international body (the UN, the EU, the African Union) or a non-state group (Hamas). Its positions are its own; they never count for a country.")
public class OrganisationView {

    final String code;
    private final String name;
    private final Organisations.Kind kind;

    OrganisationView(Organisations.Entry e) {
        this.code = e.code();
        this.name = e.name();
        this.kind = e.kind();
    }

    @NonNull
    @Description("Stable lower-case code (\"eu\", \"african-union\"); never an ISO country code.")
    public String getCode() {
        return code;
    }

    @NonNull
    @Description("Usual English name.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What kind of organisation it is.")
    public Organisations.Kind getKind() {
        return kind;
    }
}
