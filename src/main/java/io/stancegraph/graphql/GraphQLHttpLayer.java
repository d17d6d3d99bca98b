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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.stancegraph.config.StanceGraphConfig;
import io.stancegraph.ingest.CorpusChanged;
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
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thin HTTP layer in front of SmallRye GraphQL for the GraphQL-over-HTTP spec: a POST without a
 * JSON (or application/graphql) content type is refused (415), a body that is not JSON or a request whose parameters have the
 * wrong types is a 400, no or a wildcard Accept header means application/json, and a document that
 * does not parse or validate, or variables that do not coerce, answer with a coded GraphQL error:
 * status 400 for application/graphql-response+json clients, 200 for application/json clients.
 * Valid queries are answered by the engine and their error-free answers kept until the corpus
 * changes, so a repeated query costs one map lookup; mutations, subscriptions and introspection
 * go on to the engine's own handler unchanged. Parse and validation results are cached per document.
 * A query it answers that failed because the database is unavailable gets 503 for application/graphql-response+json clients.
 */
@ApplicationScoped
public class GraphQLHttpLayer {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final int CACHE_LIMIT = 2_000;
    /** Looked up once: {@code jakarta.json.Json}'s static methods search the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** What is wrong with a request, as a GraphQL error. */
    record Problem(int status, String code, String message, List<SourceLocation> locations) {
    }

    /** A parsed and validated document; {@code problem} is null when it is fine. */
    private record Checked(Document document, Problem problem) {
    }

    /** Largest answer kept in the response cache, in characters. */
    static final int MAX_CACHED_CHARS = 1_000_000;

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    Instance<ExecutionService> engine;

    @Inject
    StanceGraphConfig config;

    @Inject
    MeterRegistry meters;

    private final Map<String, Checked> cache = new ConcurrentHashMap<>();
    private final Map<String, String> responses = new ConcurrentHashMap<>();
    private final AtomicLong corpusVersion = new AtomicLong();

    void install(@Observes Router router) {
        router.route("/graphql").order(-200).handler(BodyHandler.create().setBodyLimit(4 * 1024 * 1024)).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        if ("websocket".equalsIgnoreCase(req.getHeader("Upgrade"))) {
            ctx.next(); // subscriptions (graphql-ws) are the engine's
            return;
        }
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
        } else if (config.api().responseCache() && isCacheableQuery(params)) {
            answerQuery(ctx, params, graphqlResponse);
        } else {
            ctx.next();
        }
    }

    /**
     * Answers a query from the response cache, or executes it with the engine and keeps an answer
     * without errors until the corpus changes. Queries only change when the corpus does.
     */
    private void answerQuery(RoutingContext ctx, JsonObject params, boolean graphqlResponse) {
        String type = (graphqlResponse ? GRAPHQL_RESPONSE : "application/json") + "; charset=utf-8";
        String key = params.getString("query") + '\u0000' + params.getValue("operationName") + '\u0000' + params.getValue("variables");
        OperationDefinition definition = operation(cache.get(params.getString("query")).document(), (String) params.getValue("operationName"));
        String operation = definition != null && definition.getName() != null ? definition.getName() : "anonymous";
        long started = System.nanoTime();
        String cached = responses.get(key);
        if (cached != null) {
            ctx.response().putHeader("Content-Type", type).end(cached);
            record(operation, "cached", started);
            return;
        }
        long seen = corpusVersion.get();
        Map<String, List<String>> headers = new HashMap<>();
        ctx.request().headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        ctx.vertx().executeBlocking(() -> execute(params, headers), false).onComplete(done -> {
            if (done.failed()) {
                ctx.fail(done.cause());
                return;
            }
            ExecutionResponse response = done.result();
            boolean clean = response.getExecutionResult().getErrors().isEmpty();
            String json = clean ? dataOnly(response.getExecutionResult().getData()) : response.getExecutionResultAsString();
            boolean unavailable = !clean && unavailable(json);
            if (clean && json.length() <= MAX_CACHED_CHARS && corpusVersion.get() == seen) {
                if (responses.size() >= CACHE_LIMIT) {
                    responses.clear();
                }
                responses.put(key, json);
            }
            if (unavailable) {
                ctx.response().setStatusCode(graphqlResponse ? 503 : 200).putHeader("Retry-After", "5");
            }
            ctx.response().putHeader("Content-Type", type).end(json);
            record(operation, response.getExecutionResult().getErrors().isEmpty() ? "executed" : "errors", started);
        });
    }

    /** An error-free answer: the engine's data (maps, lists, strings, numbers, booleans) as {"data": ...}. */
    static String dataOnly(Object data) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", data);
        return Json.encode(answer);
    }

    /** Whether an answer's errors include SERVICE_UNAVAILABLE (the codes are only in the serialised form). */
    private static boolean unavailable(String json) {
        JsonArray errors = new JsonObject(json).getJsonArray("errors");
        for (int i = 0; errors != null && i < errors.size(); i++) {
            JsonObject extensions = errors.getJsonObject(i).getJsonObject("extensions");
            if (extensions != null && "SERVICE_UNAVAILABLE".equals(extensions.getString("code"))) {
                return true;
            }
        }
        return false;
    }

    /** Counts and times a query at /q/metrics as stancegraph_graphql_queries_seconds{operation, outcome}. */
    private void record(String operation, String outcome, long startedNanos) {
        Timer.builder("stancegraph.graphql.queries").description("GraphQL queries answered over HTTP")
                .tag("operation", operation.length() > 64 ? operation.substring(0, 64) : operation).tag("outcome", outcome)
                .register(meters).record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    private ExecutionResponse execute(JsonObject params, Map<String, List<String>> headers) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            JsonObjectBuilder input = JSON.createObjectBuilder().add("query", params.getString("query"));
            if (params.getValue("operationName") instanceof String name) {
                input.add("operationName", name);
            }
            if (params.getValue("variables") instanceof JsonObject variables) {
                input.add("variables", JSON.createReader(new StringReader(variables.encode())).readObject());
            }
            Map<String, Object> meta = new HashMap<>();
            meta.put("runBlocking", true); // this is a worker thread: resolvers run here
            meta.put("httpHeaders", headers);
            meta.put("state", request.getState());
            ExecutionResponse[] answer = new ExecutionResponse[1];
            RuntimeException[] failure = new RuntimeException[1];
            engine.get().executeSync(input.build(), meta, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    answer[0] = response;
                }

                @Override
                public void fail(Throwable t) {
                    failure[0] = t instanceof RuntimeException r ? r : new IllegalStateException(t);
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            return answer[0];
        } finally {
            request.terminate();
        }
    }

    /** Queries (not mutations or subscriptions) on the plain HTTP path; introspection stays with the engine's handler. */
    private boolean isCacheableQuery(JsonObject params) {
        Checked checked = cache.get(params.getString("query"));
        if (checked == null || checked.document() == null) {
            return false;
        }
        OperationDefinition operation = operation(checked.document(), (String) params.getValue("operationName"));
        return operation != null && operation.getOperation() == OperationDefinition.Operation.QUERY
                && !params.getString("query").contains("__schema") && !params.getString("query").contains("__type(");
    }

    void onCorpusChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CorpusChanged change) {
        corpusVersion.incrementAndGet();
        responses.clear();
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
