package io.stancegraph.eval;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The metrics of shared/eval/score.py, computed the same way against the running test server:
 * country and source F1, metadata accuracy, per-article and corpus stance accuracy, quote recall
 * and furniture cleanliness, from a gold file in the same format.
 */
final class GoldScorer {

    static final Map<String, Double> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("country_f1", 0.95);
        TARGETS.put("source_f1", 0.90);
        TARGETS.put("metadata_accuracy", 0.90);
        TARGETS.put("article_stance_accuracy", 0.80);
        TARGETS.put("corpus_stance_accuracy", 0.80);
        TARGETS.put("quote_recall", 0.80);
        TARGETS.put("furniture_clean", 1.00);
    }

    private static final String ARTICLES = """
            query($after: String) { articles(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor }
              nodes { fileName title publishedOn body publisher { name } countries { code } sources { name }
                      stances { country { code } position quotes { quote } } } } }""";
    private static final String COUNTRIES = "{ countries { code stance { position } } }";

    /** Metric values and what was missed. */
    record Scores(Map<String, Double> metrics, List<String> misses) {

        List<String> shortOfTarget() {
            List<String> out = new ArrayList<>();
            metrics.forEach((k, v) -> {
                if (v < TARGETS.get(k)) {
                    out.add(k);
                }
            });
            return out;
        }

        String table() {
            StringBuilder s = new StringBuilder();
            misses.forEach(m -> s.append("  miss: ").append(m).append('\n'));
            metrics.forEach((k, v) -> s.append(String.format(Locale.ROOT, "%s: %.3f (target %.2f) %s%n", k, v, TARGETS.get(k),
                    v >= TARGETS.get(k) ? "ok" : "SHORT")));
            return s.toString();
        }
    }

    private GoldScorer() {
    }

    /** Scores the running service against a gold file, prints the table, and fails naming every metric short of target. */
    static void assertMeetsTargets(String goldResource, String label) throws IOException {
        Scores scores = score(goldResource);
        System.out.println(label + "\n" + scores.table());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), scores.shortOfTarget(), scores.table());
    }

    static Scores score(String goldResource) throws IOException {
        JsonNode gold;
        try (InputStream in = GoldScorer.class.getClassLoader().getResourceAsStream(goldResource)) {
            gold = new ObjectMapper().readTree(in);
        }
        Map<String, Map<String, Object>> byFile = new HashMap<>();
        String after = null;
        while (true) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonPath page = post(ARTICLES, vars);
            List<Map<String, Object>> nodes = page.getList("data.articles.nodes");
            nodes.forEach(n -> byFile.put((String) n.get("fileName"), n));
            if (!page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.articles.pageInfo.endCursor");
        }
        List<Map<String, Object>> countries = post(COUNTRIES, Map.of()).getList("data.countries");

        int[] c = new int[3];
        int[] src = new int[3];
        int metaOk = 0, metaAll = 0, stanceOk = 0, stanceAll = 0, quoteOk = 0, quoteAll = 0, dirty = 0, furniture = 0;
        List<String> misses = new ArrayList<>();
        var it = gold.get("articles").fields();
        while (it.hasNext()) {
            var entry = it.next();
            String name = entry.getKey();
            JsonNode g = entry.getValue();
            Map<String, Object> a = byFile.get(name);
            if (a == null) {
                misses.add("article not loaded: " + name);
                a = Map.of("countries", List.of(), "sources", List.of(), "stances", List.of(), "body", "");
            }
            add(c, prf(values(a.get("countries"), "code"), strings(g.get("countries").get("required")), strings(g.get("countries").get("optional"))));
            add(src, prf(values(a.get("sources"), "name"), strings(g.get("sources").get("required")), strings(g.get("sources").get("optional"))));
            for (String field : List.of("title", "publisher", "publishedOn")) {
                if (!g.has(field)) {
                    continue;
                }
                metaAll++;
                Object got = field.equals("publisher") ? (a.get("publisher") == null ? null : ((Map<?, ?>) a.get("publisher")).get("name")) : a.get(field);
                List<String> wanted = new ArrayList<>();
                JsonNode w = g.get(field);
                if (w.isArray()) {
                    w.forEach(x -> wanted.add(x.isNull() ? null : fold(x.asText())));
                } else {
                    wanted.add(w.isNull() ? null : fold(w.asText()));
                }
                if (wanted.contains(got == null ? null : fold(got.toString()))) {
                    metaOk++;
                } else {
                    misses.add(name + ": " + field + " " + got + ", wanted " + w);
                }
            }
            Map<String, Map<String, Object>> stances = new HashMap<>();
            for (Object o : (List<?>) a.get("stances")) {
                Map<?, ?> st = (Map<?, ?>) o;
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) st;
                stances.put((String) ((Map<?, ?>) st.get("country")).get("code"), typed);
            }
            var gs = g.get("stances").fields();
            while (gs.hasNext()) {
                var e = gs.next();
                stanceAll++;
                Object got = stances.getOrDefault(e.getKey(), Map.of()).get("position");
                if (strings(e.getValue()).contains(got)) {
                    stanceOk++;
                } else {
                    misses.add(name + ": stance " + e.getKey() + " " + got + ", wanted " + e.getValue());
                }
            }
            for (JsonNode q : g.path("quotes")) {
                quoteAll++;
                String snippet = fold(q.get("snippet").asText());
                List<String> quotes = values(stances.getOrDefault(q.get("country").asText(), Map.of()).get("quotes"), "quote");
                if (quotes.stream().anyMatch(x -> fold(x).contains(snippet))) {
                    quoteOk++;
                } else {
                    misses.add(name + ": no " + q.get("country").asText() + " quote with '" + q.get("snippet").asText() + "'");
                }
            }
            for (JsonNode f : g.path("mustNotContain")) {
                furniture++;
                if (fold((String) a.get("body")).contains(fold(f.asText()))) {
                    dirty++;
                    misses.add(name + ": body keeps '" + f.asText() + "'");
                }
            }
        }
        Map<String, Object> corpus = new HashMap<>();
        for (Map<String, Object> country : countries) {
            corpus.put((String) country.get("code"), ((Map<?, ?>) country.get("stance")).get("position"));
        }
        int corpusOk = 0, corpusAll = 0;
        var cs = gold.path("corpus").path("stances").fields();
        while (cs.hasNext()) {
            var e = cs.next();
            corpusAll++;
            if (strings(e.getValue()).contains(corpus.get(e.getKey()))) {
                corpusOk++;
            } else {
                misses.add("corpus: stance " + e.getKey() + " " + corpus.get(e.getKey()) + ", wanted " + e.getValue());
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("country_f1", f1(c));
        metrics.put("source_f1", f1(src));
        metrics.put("metadata_accuracy", ratio(metaOk, metaAll));
        metrics.put("article_stance_accuracy", ratio(stanceOk, stanceAll));
        metrics.put("corpus_stance_accuracy", ratio(corpusOk, corpusAll));
        metrics.put("quote_recall", ratio(quoteOk, quoteAll));
        metrics.put("furniture_clean", furniture == 0 ? 1.0 : 1 - (double) dirty / furniture);
        misses.add(0, String.format("counts: countries tp=%d fp=%d fn=%d; sources tp=%d fp=%d fn=%d", c[0], c[1], c[2], src[0], src[1], src[2]));
        return new Scores(metrics, misses);
    }

    private static JsonPath post(String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2014', '-').replace('\u2013', '-').replace('\u00a0', ' ');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static int[] prf(List<String> found, List<String> required, List<String> optional) {
        Set<String> f = fold(found);
        Set<String> r = fold(required);
        Set<String> o = fold(optional);
        int tp = 0, fp = 0, fn = 0;
        for (String x : f) {
            if (r.contains(x)) {
                tp++;
            } else if (!o.contains(x)) {
                fp++;
            }
        }
        for (String x : r) {
            if (!f.contains(x)) {
                fn++;
            }
        }
        return new int[] {tp, fp, fn};
    }

    private static Set<String> fold(List<String> xs) {
        Set<String> out = new HashSet<>();
        xs.forEach(x -> out.add(fold(x)));
        return out;
    }

    private static void add(int[] acc, int[] x) {
        for (int i = 0; i < 3; i++) {
            acc[i] += x[i];
        }
    }

    private static double f1(int[] c) {
        int tp = c[0], fp = c[1], fn = c[2];
        if (tp + fp + fn == 0) {
            return 1.0;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int ok, int all) {
        return all == 0 ? 1.0 : (double) ok / all;
    }

    private static List<String> values(Object list, String key) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                out.add(String.valueOf(((Map<?, ?>) o).get(key)));
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
