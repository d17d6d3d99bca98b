package io.stancegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The printed schema is committed (src/test/resources/schema.graphql); a change to it must be
 * deliberate: rerun with -DupdateSchema=true to accept it. Every type, field,
 * argument and enum value of our own carries a description for GraphiQL's docs.
 */
@QuarkusTest
class SchemaTest {

    private static final Path COMMITTED = Path.of("src/test/resources/schema.graphql");

    @Inject
    GraphQLSchema schema;

    @Test
    void plainFieldsOfTheApiTypesAreReadByTheirGettersAndResolversStayTheEngines() {
        GraphQLObjectType claim = schema.getObjectType("Claim");
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        assertInstanceOf(PlainFieldFetchers.Getter.class, registry.getDataFetcher(claim, claim.getFieldDefinition("quote")));
        assertInstanceOf(PlainFieldFetchers.Getter.class, registry.getDataFetcher(claim, claim.getFieldDefinition("article")));
        assertFalse(registry.getDataFetcher(claim, claim.getFieldDefinition("countries")) instanceof PlainFieldFetchers.Getter);
    }

    @Test
    void printedSchemaMatchesTheCommittedOne() throws Exception {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("updateSchema") || !Files.exists(COMMITTED)) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "the schema changed; if intended, rerun with -DupdateSchema=true and commit schema.graphql");
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        String q = """
                { __schema { types { name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description } } } }""";
        List<Map<String, Object>> types = GraphQL.post(q).statusCode(200).extract().path("data.__schema.types");
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> t : types) {
            String type = (String) t.get("name");
            if (type.startsWith("__") || "SCALAR".equals(t.get("kind"))) {
                continue;
            }
            boolean root = type.equals("Query") || type.equals("Mutation") || type.equals("Subscription");
            if (!root && blank(t.get("description"))) {
                missing.add(type);
            }
            for (String listName : List.of("fields", "inputFields", "enumValues")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> members = (List<Map<String, Object>>) t.get(listName);
                for (Map<String, Object> f : members == null ? List.<Map<String, Object>>of() : members) {
                    if (blank(f.get("description"))) {
                        missing.add(type + "." + f.get("name"));
                    }
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> args = (List<Map<String, Object>>) f.get("args");
                    for (Map<String, Object> a : args == null ? List.<Map<String, Object>>of() : args) {
                        if (blank(a.get("description"))) {
                            missing.add(type + "." + f.get("name") + "(" + a.get("name") + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static boolean blank(Object o) {
        return o == null || o.toString().isBlank();
    }
}
