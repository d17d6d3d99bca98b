package bench.empty;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** The one query an empty GraphQL app needs to start. */
@GraphQLApi
public class HelloResource {

    @Query
    public String hello() {
        return "hello";
    }
}
