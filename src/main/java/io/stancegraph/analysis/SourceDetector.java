package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sources an article cites: gazetteer names (exact), names that are also ordinary words
 * ("Time", "X") only inside citations, typos of known names by bounded edit distance, and
 * unknown organisations named in a citation ("according to the Kazakh Foreign Ministry").
 */
public final class SourceDetector {

    private static final Pattern CITE_BEFORE = Pattern.compile("(?i)(?:according to|reported by|cited by|citing|quoted by|quoting|told|via|"
            + "in an? (?:interview|report|article|op-ed|piece|analysis|statement|post|column|editorial) (?:with|for|by|in|on|to)|"
            + "wrote in|writing in|writes|wrote for|writing for|published (?:by|in)|reports? (?:by|from|in)|report by|reporting by|"
            + "data from|figures from|source:|sources:|news (?:agency|service|site|website|outlet|portal|channel|network)|"
            + "(?:state|official|state-run|state-owned) (?:news agency|media|broadcaster|television|newspaper)|"
            + "(?:daily|newspaper|broadcaster|weekly|magazine|tabloid|outlet|paper))\\s+(?:the\\s+)?$");
    /** The last word of a news outlet's name, known or not ("The Example Tribune"). */
    static final String OUTLET_HEADS = "News Agency|Press Agency|News Service|News|Times|Post|Daily|Herald|Tribune|Gazette|Journal|"
            + "Chronicle|Telegraph|Monitor|Wire|Network|Observer|Ledger|Courier|Express|Standard|Review|Dispatch|Bulletin|Mirror|Star|Sun|"
            + "Mail|Guardian|Independent|Press|Insider|Today|Weekly|Brief|Digest|Newsletter|Magazine";
    /** An unknown news outlet by the shape of its name: capitalised words ending in an outlet's head word. */
    static final Pattern OUTLET_NAME = Pattern.compile("(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,4}(?:" + OUTLET_HEADS + ")");
    /** Platforms are cited by where something was posted: "wrote on X", "in a post on Truth Social". */
    private static final Pattern PLATFORM_BEFORE = Pattern.compile("(?i)\\b(?:on|via)\\s+$");
    private static final Pattern CITE_AFTER = Pattern.compile("^(?:['’]s)?\\s*(?:\\([^)]{0,30}\\)\\s*)?,?\\s*(?:reported|reports|has reported|first reported|"
            + "said|says|wrote|writes|noted|notes|cited|quoted|published|added|cites|quotes|according|citing|observed|estimated|"
            + "described|called(?!\\s+(?:for|on|upon)\\b)|headlined|continued|carried|ran|editorialised|editorialized|commented)\\b");
    /** Who runs an outlet or what it leans to, before its name in a citation: "according to the state-run ...". */
    private static final String RUN_BY = "(?:state|state-run|state-owned|state-backed|government-run|official|semi-official|pro-government|"
            + "opposition|independent|privately[- ]owned|local|regional|national)";
    /** An unknown organisation in a citation: capitalised words ending in an organisational head noun. */
    private static final Pattern UNKNOWN_ORG = Pattern.compile("(?:according to|reported by|citing|told)\\s+(?:the\\s+)?(?:" + RUN_BY + "\\s+)?"
            + "(?<name>(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,5}(?:News|Times|Post|Agency|Press|Institute|Council|Center|Centre|Foundation|Journal|"
            + "Daily|Herald|Tribune|Gazette|Radio|Television|TV|Network|Broadcasting|Monitor|Review|Telegraph|Wire|Ministry|Office|Service|"
            + "Observer|Chronicle|Courier|Express|Mirror|Standard|Insider|Report|Today|Weekly|Magazine))\\b");
    /** An unknown outlet by the shape of its name, right before a reporting verb: "the Example Daily reported". */
    private static final Pattern UNKNOWN_OUTLET_SAID = Pattern.compile("(?<name>(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,4}(?:" + OUTLET_HEADS
            + "))\\s+(?:reported|reports|said|says|wrote|writes)\\b");
    /** An outlet named after the report it closes: "..., reports Example Daily." / "..., reported Example." */
    private static final Pattern REPORTS_NAME = Pattern.compile("[,”\"]\\s*(?:reports|reported)\\s+(?<name>[\\p{Lu}][\\p{L}\\p{N}'’.&-]+(?:\\s+[\\p{Lu}][\\p{L}\\p{N}'’.&-]+){0,3})"
            + "\\s*(?:[.;]|$)", Pattern.MULTILINE);
    /** An unknown outlet after what it is, before a verb of reporting: "state broadcaster PTV reported", "the outlet Lima24 said". */
    private static final Pattern OUTLET_KIND_SAID = Pattern.compile("\\b(?:broadcaster|news agency|agency|outlet|"
            + "newspaper|daily|channel|television|website|news site|portal|tabloid|weekly)\\s+(?<name>[\\p{Lu}][\\p{L}\\p{N}'’.&-]*(?:\\s+[\\p{Lu}]"
            + "[\\p{L}\\p{N}'’.&-]*){0,3})\\s*,?\\s+(?:reported|reports|said|says|quoted|cited|wrote|writes)\\b");
    private static final Pattern ACRONYM_CITED = Pattern.compile("(?:according to|reported by|citing)\\s+(?:the\\s+)?(?<name>[A-Z]{3,6})\\b");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("[\\p{Lu}][\\p{L}\\p{N}'’.&-]*(?:\\s+(?:(?:of|the|for|and|on|al|de)\\s+)?[\\p{Lu}][\\p{L}\\p{N}'’.&-]*){0,5}");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\b\\p{Lu}\\p{L}*\\s+(?:of|for|on)\\s+"
            + "|\\b(?:of|for|on)\\s+\\p{Lu}\\p{L}*\\s+(?:and|&)\\s+" // "Ministry for Europe and Foreign Affairs"
            + "|(?<![.!?:]\\s)\\b(?!(?:In|On|At|As|By|For|From|With|And|But|The|A|An|To|According|Via)\\s)\\p{Lu}\\p{L}+\\s+)$");
    private static final Set<String> GOVERNMENT_HEADS = Set.of("Ministry", "Office", "Service");

    private final Gazetteer gazetteer;
    public SourceDetector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Sources cited in the body, in text order (a source may appear several times). */
    public List<SourceMention> detect(String text, List<Gazetteer.Match> matches, List<CountryMention> countries) {
        List<SourceMention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Gazetteer.Match m : matches) {
            Gazetteer.Surface s = m.of(Gazetteer.Type.SOURCE).orElse(null);
            if (s == null) {
                continue;
            }
            Gazetteer.SourceEntry entry = gazetteer.source(s.id()).orElseThrow();
            boolean afterDemonym = countries.stream().anyMatch(c -> c.end() < m.start() && m.start() - c.end() <= 1); // "the British Guardian"
            boolean platform = entry.kind() == SourceKind.SOCIAL_PLATFORM;
            boolean postedOn = platform && PLATFORM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find();
            // a platform is a source where something is posted on it ("wrote on TikTok"), not where it is the news ("banned TikTok")
            if (asksAsLabel(text, m.start(), m.end())) {
                continue; // "Reuters: Will the ministry respond?": a reporter's question at a briefing cites nothing
            }
            if (!s.ambiguous() && !platform || (afterDemonym || !partOfLongerName(text, m.start())) && isCitation(text, m.start(), m.end()) || postedOn) {
                found.add(new SourceMention(entry.name(), entry.kind(), m.start(), m.end(), m.text(), false));
                mark(taken, m.start(), m.end());
            }
        }
        findUnknownOrganisations(text, taken, found); // may contain a country: "the Kazakh Foreign Ministry"
        boolean[] takenOrCountry = taken.clone();
        for (CountryMention c : countries) {
            mark(takenOrCountry, c.start(), c.end());
        }
        findTypos(text, takenOrCountry, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** True when the name labels a line that asks a question: "Reuters: Will the ministry respond?" in a briefing's transcript. */
    static boolean asksAsLabel(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!text.substring(lineStart, start).isBlank()) {
            return false;
        }
        int lineEnd = text.indexOf('\n', end);
        String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        return rest.startsWith(":") && rest.strip().endsWith("?");
    }

    /** "Ministry of Foreign Affairs": an ordinary-word name inside a longer capitalised name is not that source. */
    static boolean partOfLongerName(String text, int start) {
        Matcher m = NAME_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        return m.find();
    }

    /** True when the span sits in a citation: "according to X", "(X)", "X reported", or a line of names. */
    static boolean isCitation(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        if (CITE_BEFORE.matcher(before).find() || CITE_AFTER.matcher(after).find()) {
            return true;
        }
        int open = before.lastIndexOf('(');
        if (open >= 0 && before.indexOf(')', open) < 0) {
            int close = after.indexOf(')');
            return close >= 0 && after.lastIndexOf('(', close) < 0
                    && !PROSE_WORD.matcher(before.substring(open + 1)).find() && !PROSE_WORD.matcher(after.substring(0, close)).find();
        }
        return false;
    }

    /** A lower-case word other than a credit's own ("with AFP and Reuters"): "(Popular Front for the Liberation of ...)" spells out a name, it cites nothing. */
    private static final Pattern PROSE_WORD = Pattern.compile("\\b(?!(?:with|and|via|by|from|photo|file|source|sources|credit)\\b)\\p{Ll}+\\b");

    private void findTypos(String text, boolean[] taken, List<SourceMention> found) {
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            List<int[]> words = words(text, run.start(), run.end());
            for (int i = 0; i < words.size(); i++) {
                for (int j = i; j < words.size() && j < i + 6; j++) {
                    int s = words.get(i)[0];
                    int e = words.get(j)[1];
                    if (anyTaken(taken, s, e)) {
                        continue;
                    }
                    String candidate = text.substring(s, e);
                    String name = gazetteer.closeSourceName(candidate, j - i + 1);
                    if (name != null) {
                        Gazetteer.SourceEntry entry = gazetteer.source(name).orElseThrow();
                        found.add(new SourceMention(entry.name(), entry.kind(), s, e, candidate, true));
                        mark(taken, s, e);
                    }
                }
            }
        }
    }

    private void findUnknownOrganisations(String text, boolean[] taken, List<SourceMention> found) {
        for (Pattern p : List.of(UNKNOWN_ORG, ACRONYM_CITED, UNKNOWN_OUTLET_SAID, REPORTS_NAME, OUTLET_KIND_SAID)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start("name");
                int e = m.end("name");
                if (anyTaken(taken, s, e)) {
                    continue;
                }
                String name = m.group("name").strip();
                if (p == REPORTS_NAME && name.endsWith(".")) {
                    name = name.substring(0, name.length() - 1); // the sentence's full stop
                    e--;
                }
                if ((p == REPORTS_NAME || p == OUTLET_KIND_SAID) && (gazetteer.person(name).isPresent() || gazetteer.resolveCountry(name).isPresent()
                        || p == REPORTS_NAME && !gazetteer.scan(name).isEmpty())) {
                    continue; // "..., reported Kenya" or a known figure is no outlet
                }
                String head = name.substring(name.lastIndexOf(' ') + 1);
                SourceKind kind = GOVERNMENT_HEADS.contains(head) ? SourceKind.GOVERNMENT : SourceKind.UNKNOWN;
                found.add(new SourceMention(name, kind, s, e, name, false));
                mark(taken, s, e);
            }
        }
    }

    private static List<int[]> words(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                int e = i;
                while (e > s && ".,:;".indexOf(text.charAt(e - 1)) >= 0) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[] {s, e});
                }
            }
        }
        return out;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++) {
            taken[i] = true;
        }
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
