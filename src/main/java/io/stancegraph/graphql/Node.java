package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything with a stable global ID, fetchable again with {@code node(id:)}. */
@Interface
@Name("Node")
@Description("An object with a stable global ID; fetch it again with `node(id:)`.")
public interface Node {

    @Id
    @NonNull
    @Description("Stable global ID.")
    String getId();
}
