package io.stancegraph.graphql;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thin HTTP layer in front of SmallRye GraphQL for the GraphQL-over-HTTP spec: a POST without a
 * JSON (or application/graphql) content type is refused (415), a body that is not JSON or a request whose parameters have the
 * wrong types is a 400, no or a wildcard Accept header means application/json, and a document that
 * does not parse or validate, or variables that do not coerce, answer with a coded GraphQL error:
 * status 400 for application/graphql-response+json clients, 200 for application/json clients.
 * Everything else goes on to the engine unchanged. Parse and validation results are cached per
 * document, so repeated queries cost one map lookup here.
 */
@ApplicationScoped
public class GraphQLHttpLayer {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final int CACHE_LIMIT = 2_000;

    /** What is wrong with a request, as a GraphQL error. */
    record Problem(int status, String code, String message, List<SourceLocation> locations) {
    }

    /** A parsed and validated document; {@code problem} is null when it is fine. */
    private record Checked(Document document, Problem problem) {
    }

    @Inject
    Instance<GraphQLSchema> schema;

    private final Map<String, Checked> cache = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route("/graphql").order(-200).handler(BodyHandler.create().setBodyLimit(4 * 1024 * 1024)).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        boolean graphqlResponse = prefersGraphqlResponse(req.getHeader("Accept"));
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank() || !accept.contains("json") && accept.contains("*/*")) {
            req.headers().set("Accept", "application/json");
        }
        JsonObject params;
        if (req.method() == HttpMethod.POST) {
            String type = req.getHeader("Content-Type");
            if (type == null || type.isBlank()) {
                reject(ctx, new Problem(415, "UNSUPPORTED_MEDIA_TYPE", "POST requests need a Content-Type: application/json", List.of()), graphqlResponse);
                return;
            }
            String media = type.toLowerCase(Locale.ROOT);
            if (media.startsWith("application/graphql") && !media.startsWith(GRAPHQL_RESPONSE)) {
                ctx.next(); // a bare document; the engine reads it
                return;
            }
            if (!media.startsWith("application/json")) {
                reject(ctx, new Problem(415, "UNSUPPORTED_MEDIA_TYPE", "POST requests need a Content-Type: application/json, not " + type, List.of()), graphqlResponse);
                return;
            }
            try {
                Object body = Json.decodeValue(ctx.body().buffer() == null ? "" : ctx.body().asString());
                if (!(body instanceof JsonObject object)) {
                    reject(ctx, new Problem(400, "BAD_REQUEST", "the request body must be a JSON object", List.of()), graphqlResponse);
                    return;
                }
                params = object;
            } catch (DecodeException e) {
                reject(ctx, new Problem(400, "BAD_REQUEST", "the request body is not valid JSON", List.of()), graphqlResponse);
                return;
            }
        } else if (req.method() == HttpMethod.GET) {
            params = new JsonObject().put("query", req.getParam("query")).put("operationName", req.getParam("operationName"));
            try {
                String variables = req.getParam("variables");
                params.put("variables", variables == null ? null : Json.decodeValue(variables));
            } catch (DecodeException e) {
                reject(ctx, new Problem(400, "BAD_REQUEST", "the variables parameter is not valid JSON", List.of()), graphqlResponse);
                return;
            }
        } else {
            ctx.next();
            return;
        }
        Problem problem = check(params, req.method() == HttpMethod.GET);
        if (problem != null) {
            reject(ctx, problem, graphqlResponse);
        } else {
            ctx.next();
        }
    }

    /** The first problem of a request's parameters, document and variables, or null. */
    Problem check(JsonObject params, boolean get) {
        Object query = params.getValue("query");
        if (!(query instanceof String text) || text.isBlank()) {
            return new Problem(400, "BAD_REQUEST", "the request needs a query string", List.of());
        }
        Object name = params.getValue("operationName");
        Object variables = params.getValue("variables");
        Object extensions = params.getValue("extensions");
        if (name != null && !(name instanceof String) || variables != null && !(variables instanceof JsonObject)
                || extensions != null && !(extensions instanceof JsonObject)) {
            return new Problem(400, "BAD_REQUEST", "operationName must be a string, variables and extensions objects", List.of());
        }
        Checked checked = checkDocument(text);
        if (checked.problem() != null) {
            return checked.problem();
        }
        OperationDefinition operation = operation(checked.document(), (String) name);
        if (operation == null) {
            return null; // the engine reports a missing or ambiguous operation
        }
        if (get && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return new Problem(405, "METHOD_NOT_ALLOWED", "only queries may be sent with GET; use POST for " + operation.getOperation().name().toLowerCase(Locale.ROOT) + "s", List.of());
        }
        if (!operation.getVariableDefinitions().isEmpty()) {
            try {
                Map<String, Object> raw = variables == null ? Map.of() : ((JsonObject) variables).getMap();
                ValuesResolver.coerceVariableValues(schema.get(), operation.getVariableDefinitions(), RawVariables.of(raw),
                        GraphQLContext.getDefault(), Locale.ENGLISH);
                for (VariableDefinition definition : operation.getVariableDefinitions()) {
                    String wrong = wrongScalar(definition.getType(), raw.get(definition.getName()));
                    if (wrong != null) {
                        return new Problem(400, "BAD_USER_INPUT", "variable $" + definition.getName() + " must be " + wrong, List.of());
                    }
                }
            } catch (RuntimeException e) {
                if (e instanceof GraphQLError error) {
                    return new Problem(400, "BAD_USER_INPUT", error.getMessage(), error.getLocations() == null ? List.of() : error.getLocations());
                }
                return new Problem(400, "BAD_USER_INPUT", e.getMessage(), List.of());
            }
        }
        return null;
    }

    /**
     * The built-in scalar a JSON value fails to be ("an Int"), or null. The engine's own number
     * scalars accept strings until execution, so this is checked here, where a 400 can still be sent.
     */
    static String wrongScalar(Type<?> type, Object value) {
        if (value == null) {
            return null; // nullability is checked by the coercion above
        }
        if (type instanceof NonNullType nonNull) {
            return wrongScalar(nonNull.getType(), value);
        }
        if (type instanceof ListType list) {
            if (value instanceof List<?> items) {
                for (Object item : items) {
                    String wrong = wrongScalar(list.getType(), item);
                    if (wrong != null) {
                        return "a list of " + wrong;
                    }
                }
            }
            return null;
        }
        String name = ((TypeName) type).getName();
        boolean ok = switch (name) {
            case "Int" -> value instanceof Integer || value instanceof Long || value instanceof Short;
            case "Float" -> value instanceof Number;
            case "Boolean" -> value instanceof Boolean;
            case "String" -> value instanceof String;
            case "ID" -> value instanceof String || value instanceof Integer || value instanceof Long;
            default -> true;
        };
        return ok ? null : (name.matches("[AEIOU].*") ? "an " : "a ") + name;
    }

    private Checked checkDocument(String query) {
        Checked checked = cache.get(query);
        if (checked == null) {
            checked = parseAndValidate(query);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(query, checked);
        }
        return checked;
    }

    private Checked parseAndValidate(String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return new Checked(null, new Problem(400, "GRAPHQL_PARSE_FAILED", e.getMessage(), e.getLocation() == null ? List.of() : List.of(e.getLocation())));
        } catch (RuntimeException e) {
            return new Checked(null, new Problem(400, "GRAPHQL_PARSE_FAILED", String.valueOf(e.getMessage()), List.of()));
        }
        List<ValidationError> errors = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH);
        if (!errors.isEmpty()) {
            ValidationError first = errors.get(0);
            return new Checked(document, new Problem(400, "GRAPHQL_VALIDATION_FAILED", first.getMessage(), first.getLocations()));
        }
        return new Checked(document, null);
    }

    private static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(o -> name.equals(o.getName())).findFirst().orElse(null);
    }

    /** True when the client lists application/graphql-response+json before application/json (or alone). */
    static boolean prefersGraphqlResponse(String accept) {
        if (accept == null) {
            return false;
        }
        int modern = accept.indexOf(GRAPHQL_RESPONSE);
        int legacy = accept.indexOf("application/json");
        return modern >= 0 && (legacy < 0 || modern < legacy);
    }

    private static void reject(RoutingContext ctx, Problem p, boolean graphqlResponse) {
        JsonObject error = new JsonObject().put("message", p.message()).put("extensions", new JsonObject().put("code", p.code()));
        List<JsonObject> locations = new ArrayList<>();
        for (SourceLocation l : p.locations()) {
            locations.add(new JsonObject().put("line", l.getLine()).put("column", l.getColumn()));
        }
        if (!locations.isEmpty()) {
            error.put("locations", new JsonArray(locations));
        }
        boolean graphqlLevel = p.code().startsWith("GRAPHQL_") || p.code().equals("BAD_USER_INPUT");
        int status = graphqlResponse || !graphqlLevel ? p.status() : 200; // application/json: GraphQL errors travel with 200
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", (graphqlResponse ? GRAPHQL_RESPONSE : "application/json") + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
