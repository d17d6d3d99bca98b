package io.stancegraph.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * The database taken away behind a TCP relay: queries (each with new variables, so no cached answer) answer SERVICE_UNAVAILABLE with a plain
 * message and no class names (HTTP 503 for graphql-response+json clients), readiness goes down,
 * and answers come back as soon as the database does. Runs on H2 over TCP, or on PostgreSQL in the
 * PostgreSQL suite.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Relayed.class)
class DatabaseOutageTest {

    static TcpProxy proxy;

    public static class Relayed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Database.class));
        }
    }

    /** Puts the relay between the service and its database. */
    public static class Database implements QuarkusTestResourceLifecycleManager {
        private Server h2;
        private String original;

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>();
            String kind = System.getProperty("quarkus.datasource.db-kind", "h2");
            if (kind.equals("postgresql")) {
                URI target = URI.create(System.getProperty("quarkus.datasource.jdbc.url").substring(5));
                proxy = new TcpProxy(TcpProxy.freePort(), target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
                config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath());
                // the PostgreSQL suite passes its URL as a system property, which outranks test resources
                original = System.getProperty("quarkus.datasource.jdbc.url");
                System.setProperty("quarkus.datasource.jdbc.url", config.get("quarkus.datasource.jdbc.url"));
            } else {
                try {
                    int port = TcpProxy.freePort();
                    h2 = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
                    proxy = new TcpProxy(TcpProxy.freePort(), "127.0.0.1", port);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                config.put("quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:outage;DB_CLOSE_DELAY=-1");
            }
            proxy.start();
            return config;
        }

        @Override
        public void stop() {
            proxy.stop();
            if (original != null) {
                System.setProperty("quarkus.datasource.jdbc.url", original);
            }
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    private static Response query(String accept) {
        Map<String, Object> body = Map.of("query", "query($s: String) { claims(first: 1, search: $s) { totalCount } }",
                "variables", Map.of("s", UUID.randomUUID().toString()));
        return given().contentType("application/json").accept(accept).body(body).post("/graphql");
    }

    @Test
    void queriesAnswerServiceUnavailableWhileTheDatabaseIsAwayAndRecoverAfter() throws Exception {
        query("application/json").then().statusCode(200).body("errors", nullValue()).body("data.claims.totalCount", equalTo(0));

        proxy.stop();
        try {
            Response down = query("application/graphql-response+json");
            down.then().statusCode(503)
                    .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                    .body("errors[0].message", containsString("database"))
                    .body("errors[0].extensions.exception", nullValue());
            String text = down.asString();
            for (String leak : List.of("org.", "java.", "jdbc", "j-d-b-c", "SQL", "Hibernate", "JDBC")) {
                org.junit.jupiter.api.Assertions.assertFalse(text.contains(leak), () -> "error leaks '" + leak + "': " + text);
            }
            query("application/json").then().statusCode(200).body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
            given().get("/q/health/ready").then().statusCode(503).body("checks.find { it.name == 'corpus' }.data.database", equalTo("unreachable"));
        } finally {
            proxy.start();
        }

        long deadline = System.currentTimeMillis() + 15_000;
        Response back = query("application/json");
        while (back.jsonPath().get("errors") != null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            back = query("application/json");
        }
        back.then().statusCode(200).body("errors", nullValue());
        given().get("/q/health/ready").then().statusCode(200);
    }
}
