package io.stancegraph.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's structured data (JSON-LD) read as JSON: the article node wherever it stands (the top level, an array or an
 * {@code @graph}) and the nodes its {@code "@id"} references point to ("publisher": {"@id": "#org"}). Malformed scripts are
 * skipped. Immutable.
 */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "Report");

    private final JsonObject article;
    private final Map<String, JsonObject> byId;

    private JsonLd(JsonObject article, Map<String, JsonObject> byId) {
        this.article = article;
        this.byId = byId;
    }

    /** The structured data of the given script texts; an empty reading when none holds an article. */
    static JsonLd read(List<String> scripts) {
        List<JsonObject> nodes = new ArrayList<>();
        for (String script : scripts) {
            try (JsonReader reader = Json.createReader(new StringReader(script))) {
                collect(reader.readValue(), nodes);
            } catch (JsonException | IllegalStateException e) {
                // a script that is no valid JSON: nothing read from it
            }
        }
        Map<String, JsonObject> byId = new HashMap<>();
        JsonObject article = null;
        for (JsonObject node : nodes) {
            if (node.get("@id") instanceof JsonString id) {
                byId.putIfAbsent(id.getString(), node);
            }
            if (article == null && isArticle(node)) {
                article = node;
            }
        }
        return new JsonLd(article, byId);
    }

    private static void collect(JsonValue value, List<JsonObject> into) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collect(v, into));
        } else if (value instanceof JsonObject object) {
            into.add(object);
            if (object.get("@graph") != null) {
                collect(object.get("@graph"), into);
            }
        }
    }

    private static boolean isArticle(JsonObject node) {
        JsonValue type = node.get("@type");
        if (type instanceof JsonString s) {
            return ARTICLE_TYPES.contains(s.getString());
        }
        return type instanceof JsonArray types && types.stream().anyMatch(t -> t instanceof JsonString s && ARTICLE_TYPES.contains(s.getString()));
    }

    /** A string property of the article, or null. */
    String text(String property) {
        return article != null && article.get(property) instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
    }

    /** The name of the node a property of the article holds or points to ("publisher": {"@id": "#org"}), or null. */
    String name(String property) {
        JsonValue value = article == null ? null : article.get(property);
        if (value instanceof JsonArray array && !array.isEmpty()) {
            value = array.get(0);
        }
        return nameOf(value);
    }

    /** Every name of a property that may list several: "A and B", "A, B and C", or null. */
    String names(String property) {
        JsonValue value = article == null ? null : article.get(property);
        if (!(value instanceof JsonArray array)) {
            return nameOf(value);
        }
        List<String> out = array.stream().map(this::nameOf).filter(n -> n != null).distinct().toList();
        return out.isEmpty() ? null : out.size() == 1 ? out.get(0)
                : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
    }

    private String nameOf(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString().strip();
        }
        if (!(value instanceof JsonObject object)) {
            return null;
        }
        if (!(object.get("name") instanceof JsonString) && object.get("@id") instanceof JsonString id) {
            object = byId.getOrDefault(id.getString(), object);
        }
        return object.get("name") instanceof JsonString name && !name.getString().isBlank() ? name.getString().strip() : null;
    }
}
