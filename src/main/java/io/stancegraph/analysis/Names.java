package io.stancegraph.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Name normalisation and bounded edit distance for matching source names. */
public final class Names {

    /** Titles abbreviated before a name ("Ms.", "Dr.", "Gen."), without their point: no sentence ends on one. */
    static final String TITLE_ABBREVIATIONS = "Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Amb|Hon|Rev";

    /** Head words of a state's bodies as they are named: "Ministry of Foreign Affairs of Example", "Embassy of Example". */
    static final String STATE_BODY_HEADS = "Ministry|Embassy|Government|Office|Presidency|Department|Mission|Consulate|Secretariat|Chancellery";
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern STATE_BODY = Pattern.compile("(?i)\\b(?:" + STATE_BODY_HEADS + ")\\b");

    /** True when the name is that of a state's body: it holds one of {@link #STATE_BODY_HEADS}. */
    public static boolean namesStateBody(String name) {
        return name != null && STATE_BODY.matcher(name).find();
    }

    private Names() {
    }

    /** Words a name in title case keeps in lower case after its first word: "Ministry of Foreign Affairs". */
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la");

    /**
     * A name set in capitals as the gazetteer writes names: "THE EXAMPLE REVIEW" becomes "The Example Review", "MINISTRY OF
     * FOREIGN AFFAIRS" becomes "Ministry of Foreign Affairs".
     */
    public static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        for (String w : words.split("\\s+")) {
            if (!w.isEmpty()) {
                String lower = w.toLowerCase(Locale.ROOT);
                out.append(out.isEmpty() ? "" : " ").append(!out.isEmpty() && MINOR_WORDS.contains(lower) ? lower : w.charAt(0) + lower.substring(1));
            }
        }
        return out.toString();
    }

    /** Comparison key: accents and punctuation dropped, case folded, a leading "the" removed. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /**
     * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), or
     * {@code limit + 1} as soon as the distance must exceed {@code limit}.
     */
    public static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
