package io.stancegraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same contract against the packaged application (jar, or native binary when built). */
@QuarkusIntegrationTest
class GraphQLApiIT extends GraphQLApiTest {
}
