package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a document's body by the shape of its lines rather than by the
 * phrases of known pages: photo captions (a line that ends in a credit, and the picture's
 * description just before it), name-only lines (bylines, illustration credits), page controls
 * (share, log in, comment, "click here"), label lines ("RELATED ..."), runs of teaser headlines at
 * the end, pull quotes that repeat a paragraph, and lines in another script than the article.
 * Stateless.
 */
public final class Boilerplate {

    /** The body that is left, the byline found on a name-only line (or null), and a wire agency named alone under the story ("AFP", or null). */
    public record Result(List<String> lines, String byline, String signOff) {
    }

    /**
     * A caption's credit at the end of the line: "(ABC News: Jane Doe)", " / AA", "Photo by X/UPI | License Photo", "(AP Photo/Jane Doe)",
     * "[AP Photo]", "(Jane Doe/Example Images)", "|Jane Doe|CC BY 2.0", a credit glued to the last word ("in the capitalXYZ/JANE DOE"), agencies in capitals after the
     * last sentence ("EFE/EPA/JANE DOE").
     */
    private static final Pattern CREDIT_END = Pattern.compile("(?:\\((?:[^()]{2,40}):\\s*[^()]{2,60}\\)"
            + "|\\s/\\s?[\\p{Lu}][\\p{L}]{0,15}(?:\\s[\\p{Lu}][\\p{L}]+)?"
            + "|(?i:\\|\\s*license photo|photo(?:graph)?s?:?\\s+by\\s+[^.]{2,60}|(?:photo(?:graph)?|image|picture|video)s?\\s+courtesy(?:\\s+of)?:?\\s+[^.]{2,60}|\\((?:\\p{Lu}[\\p{L}.]{1,15}\\s)?(?:photo|image|picture|video)s?\\b[^)]{0,80}\\)"
            + "|\\[(?:\\p{Lu}[\\p{L}.]{1,15}\\s)?(?:photo|image|picture|video)s?\\b[^\\]]{0,80}\\])"
            // the photographer's full name and the agencies in brackets after a sentence: "... in Lima. (Jane Doe/Example Images/XYZ)"
            + "|(?<=[.!?])\\s*\\(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}(?:\\s*/\\s*\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,3}){1,3}\\)"
            + "|(?<=\\p{Ll}[.!?])[A-Z]{2,8}"
            + "|(?<=\\p{Ll})\\p{Lu}{2,8}(?:/\\p{Lu}[\\p{L}.'’ -]{1,30}){1,3}"
            + "|(?<=[.!?])\\s+\\p{Lu}{2,8}(?:/\\p{Lu}[\\p{Lu}.'’ -]{1,40}){1,3}" // "... 3 May 2024. EFE/EPA/JANE DOE"
            + "|\\|\\s*[^|]{1,40}\\|\\s*(?i:cc[- ]?by(?:[- ](?:sa|nd|nc))*|cc0|creative commons)[^|]{0,20}"
            + "|(?<=[.!?])(?<!\\b(?:" + Names.TITLE_ABBREVIATIONS + ")\\.)\\s+[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){1,2})\\s*$");
    /**
     * A caption by its form: "PHOTO: ...", "Photo taken on ... shows ...", "A handout photo made available by ... shows ...",
     * "A screenshot from a video ... shows ...", "File photo shows ...", "FILE - ...", a trailing "Credit: Getty", "(left)"/"(right)"/"(L)" for who stands
     * where, "are seen in".
     */
    private static final Pattern CAPTION_FORM = Pattern.compile("^(?i:photo|image|picture|pictured|file photo)\\s*:"
            // a composite picture described part by part: "Split image. Left image: ...", "Top picture: ..."
            + "|^(?i:(?:split|composite) (?:image|picture|photo)\\b|(?:left|right|top|bottom|main) (?:image|picture|photo)\\s*:)"
            + "|^(?i:(?:this )?(?:handout |file )?(?:photo|picture|image|photograph)s? (?:taken|shot) (?:on|in|at|from)\\b.{0,120}?\\bshows?\\b)"
            + "|^(?i:(?:a|an|this|the) (?:handout |file )?(?:photo|picture|image|photograph) (?:made available|released|provided|distributed|issued)"
            + " by\\b.{0,120}?\\bshows?\\b)"
            + "|^(?i:(?:a|an|this|the) (?:screenshot|screen grab|frame grab|(?:video )?still)\\b.{0,160}?\\b(?:shows?|showing|purports? to show)\\b)"
            // "File photo shows ...", also after its place in capitals: "LIMA: This handout picture shows ..."
            + "|^(?:\\p{Lu}[\\p{Lu} .'’-]{1,30}\\s*:\\s*)?(?i:(?:a |an |this |the )?(?:handout |file )?(?:photo|picture|image|photograph)s? shows?\\b)"
            + "|(?i:\\b(?:photo |image |picture )?credits?|\\bphoto|\\bimage|\\bpicture)\\s*:\\s*[^.:;]{2,60}$"
            + "|\\((?i:left|right|centre|center|far left|far right|L-R|from left|second left|second right)\\)|\\((?:L|R|C)\\)"
            // an agency's archive picture: "FILE - The two ministers shake hands ..."
            + "|^FILE\\s*[-–—]\\s+\\p{Lu}"
            + "|\\b(?:is|are) pictured\\b"
            + "|\\b(?:is|are) (?:seen|shown) (?:in|at|during|near|outside|inside)\\b.*\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");
    /**
     * A picture agency's caption opened by the place and the day in capitals and a colon: "LIMA, PERU – MARCH 2, 2024: The two
     * ministers ..."; a dateline gives the month in lower case and no colon after the year ("LIMA, March 2 (Wire) -").
     */
    private static final Pattern PLACE_DAY_CAPTION = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]+(?:,\\s*\\p{Lu}[\\p{Lu} .'’-]+)?\\s*[–—-]\\s*"
            + "(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*:");
    /** A caption ending in the date the picture was taken: "... in Jerusalem. February 13, 2023." */
    private static final Pattern DATED_CAPTION = Pattern.compile("[.!?]\\s+(?:\\p{L}+\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4})\\.?\\s*$");
    /**
     * A picture's description closed by where and when it was taken, and perhaps its agency: "... demonstrate in Lima, Peru, Aug. 6,
     * 2019.", "... in Lima, Peru, on March 2, 2020. (Wire)".
     */
    private static final Pattern PLACED_CAPTION = Pattern.compile(",\\s+(?:in|at|near|outside)\\s+\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,\\s+\\p{Lu}[\\p{L}.'’ -]{1,40})?,\\s+"
            + "(?:(?:on\\s+)?(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}[./,-]\\d{1,2}[./,-]\\d{4})"
            + "\\.?(?:\\s*\\((?:\\p{Lu}[\\p{L}.&'’-]*\\s?){1,3}\\))?\\s*$"); // the day also in digits: "..., in Lima, Peru, 24.08.2023."
    /** A line of three or more tags of one to three words, parted by commas, with no sentence's end: "Chile, fisheries, Peru". */
    private static final Pattern TAG_LINE = Pattern.compile("[\\p{L}][\\p{L}'’-]*(?:\\s+[\\p{L}][\\p{L}'’-]*){0,2}"
            + "(?:\\s*,\\s*[\\p{L}][\\p{L}'’-]*(?:\\s+[\\p{L}][\\p{L}'’-]*){0,2}){2,}");
    /** A picture's credit alone on its line: the photographer and the agency, "Jane Doe/Reuters", "John Roe/AFP via Getty Images". */
    private static final Pattern SLASH_CREDIT = Pattern.compile("[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3}\\s*/\\s*"
            + "[\\p{Lu}][\\p{L}&.'’-]*(?:\\s+(?:via\\s+)?[\\p{Lu}][\\p{L}&.'’-]*){0,3}");

    /**
     * A picture's description above its credit: one sentence of at most 40 words, quoting nobody, whose verb is in the present
     * ("speaks", "delivers"), as captions tell what a picture shows; a report's sentences tell what happened.
     */
    private static boolean describesAPicture(String line) {
        if (DocumentReader.countWords(line) > 40 || line.indexOf('"') >= 0 || line.indexOf('“') >= 0
                || line.strip().replaceFirst("[.!?]$", "").matches(".*[.!?]\\s+\\p{Lu}.*")) {
            return false;
        }
        return Words.of(line).all().stream().anyMatch(t -> "VERB".equals(t.tag()) && t.lemma() != null && !t.lemma().equals(t.lower())
                && (t.lower().equals(t.lemma() + "s") || t.lower().equals(t.lemma() + "es")));
    }

    /** A line that only names a person or a label: two to four capitalised words, optionally after "By". */
    private static final Pattern NAME_LINE = Pattern.compile("^(?:(?i:by)\\s+)?[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|de|van|von|bin|al|da|del)){1,3}$");
    /** Page controls: sharing, signing in, commenting, links to more. */
    private static final Pattern CONTROL = Pattern.compile("(?i)\\b(?:log ?in|log ?out|sign ?in|sign ?up|subscribe|click here|tap here|"
            + "commenting as|join the conversation|report (?:an error|a typo|a mistake)|suggest a correction|by sharing this|share this (?:article|story|page)|read (?:also|more)|see more|"
            + "back to top|editor'?s note|to contribute|accessibility statement|skip to|help using this website|license photo|"
            + "don'?t have an account|create an account|newsletter|already a subscriber|subscribers? only|read the full (?:story|article)|"
            // a mailed newsletter's own lines: "Unsubscribe | Manage preferences", "View this email in your browser"
            + "unsubscribe|manage (?:your )?(?:preferences|subscriptions?)|update your preferences|view (?:this (?:email|message) )?in (?:your |a )?browser|"
            + "you (?:are|were) receiving this|forward (?:this (?:email|message) )?to a friend|"
            + "continue reading|(?:for (?:the )?latest .{1,60}, )?visit our (?:dedicated |live )?(?:page|website|site|live blog)|follow (?:us|[\\p{L}&' ]{1,40}) on (?:google news|twitter|x|facebook|telegram|whatsapp|instagram|linkedin|youtube))\\b");
    /** A government site's banner about itself: "An official website of ...", "... websites use HTTPS", "safely connected". */
    private static final Pattern SITE_NOTICE = Pattern.compile("(?i)^(?:an? )?official websites? of\\b|\\bwebsites?\\b.{0,40}\\buses? https\\b"
            + "|\\b(?:safely|securely) connected to\\b|\\bwebsites? belongs? to an? (?:official|government)\\b");
    /** One live-update marker: "More to follow", "This is a developing story", "This is a breaking news story". */
    private static final String MARKER = "(?:more to (?:follow|come)|(?:this is a )?(?:developing|breaking)(?: news)? story|"
            + "this (?:story|article) (?:is developing|will be updated)[^.]{0,40}"
            + "|(?:our )?(?:journalists|reporters|editors) are working on this (?:story|article)[^.]{0,120})[.…!]*";
    /** Live-update markers on a line of their own: "More to follow...", "This is a breaking news story. More to come". */
    private static final Pattern LIVE_MARKER = Pattern.compile("(?i)^" + MARKER + "(?:\\s+" + MARKER + ")*$");
    /** The outlet's notice under the story: reuse rights, a form to fill in, "can be found here", the comments' rules (any length). */
    private static final Pattern CLOSING_NOTICE = Pattern.compile("(?i)\\b(?:republish(?:ing)?|reprint (?:rights|permissions)|"
            + "syndication (?:rights|requests)|all rights reserved|fill (?:out|in) (?:this|the) form|can be found here|"
            + "(?:this|the) (?:article|story|post|piece) (?:was|is|has been) (?:originally|first) (?:published|posted|appeared)|"
            + "read the original (?:article|story|post)|intellectual property rights|does not claim ownership|rightful owner|"
            + "sourced from (?:various )?publicly available|(?:this|the) (?:content|article|story|post|piece|report) (?:was|is|has been) "
            + "(?:originally |first )?(?:published|posted|written|prepared|produced|edited|compiled) by|"
            + "(?:this|the) (?:article|story|post|piece|report) (?:was|has been) (?:updated|corrected|amended)|"
            + "contributed (?:reporting )?to this (?:article|story|report)|editor'?s note:|"
            // the rules of the comments under the story: "a forum for civil conversation", "keep your comments respectful"
            + "community (?:guidelines|standards|rules)|keep (?:your |all )?comments|comments? (?:section|policy)|"
            + "(?:forum|space|place) for (?:a )?(?:civil|constructive|respectful))\\b");
    /**
     * The page speaking to its reader or of itself: "you", "your", "this article", "our series", "email us", "donate". A question
     * (an interviewer's), a quotation or a report ("said") is text.
     */
    private static final Pattern READER_ADDRESS = Pattern.compile("(?i)\\b(?:you|your)\\b|\\bthis (?:article|story|piece|newsletter|page)\\b"
            + "|\\bour (?:series|coverage|journalism|reporting|newsletter|app|podcast|site|website|readers)\\b|\\b(?:email|contact|write to|tell) us\\b"
            + "|\\bdonate\\b|\\bthe full (?:report|story|article|interview|statement) here\\b"
            // a media player's message: "this video has failed to load", "the audio is unavailable"
            + "|\\b(?:video|audio|player|media|content)\\b[^.!?]{0,20}\\b(?:failed to load|(?:is|are) (?:currently )?(?:not available|unavailable)"
            + "|could not be (?:loaded|played|displayed))");
    private static final Pattern REPORTED = Pattern.compile("(?i)[\"“”]|\\b(?:said|says|told|according|added|stated)\\b");

    /** A short line of the page to its reader ({@link #READER_ADDRESS}): no text of the article. */
    static boolean addressesReader(String line) {
        String s = line.strip();
        return READER_ADDRESS.matcher(s).find() && !s.endsWith("?") && !REPORTED.matcher(s).find() && !s.matches("^\\p{Lu}[\\p{L} .'’-]{0,40}:\\s.*");
    }

    /** A call to action of a few words, a full stop at most: "Get breaking national news", "Get monthly updates." */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("^(?:Get|Read|Watch|Listen|Sign|Subscribe|Download|Follow|Join|Click|Tap|"
            + "Discover|Explore)\\b[^.!?]{0,40}\\.?$");
    /** A list item: "- ...", "• ...". */
    private static final Pattern BULLET = Pattern.compile("^[-•*▪►]\\s+\\S");

    /** True when the line is a list item ("- ...", "• ..."). */
    static boolean bullet(String line) {
        return BULLET.matcher(line).find();
    }
    /** A sentence end, possibly inside closing quotes. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*\\s*$");
    /** A short line of capitalised words with two glued at a lower-to-upper case step and no sentence punctuation. */
    private static final Pattern GLUED_LINKS = Pattern.compile("^(?=.*\\p{Ll}\\p{Lu}\\p{Ll})(?:\\p{Lu}[\\p{L}&-]*\\s*){2,6}$");
    /** The writer's biography under the story: "Jane Roe is a journalist at Example News, where she writes on ...". */
    private static final Pattern AUTHOR_BIO = Pattern.compile("^(?:[\\p{Lu}][\\p{L}'’.-]+\\s+){1,3}(?:is|was|has been)\\s+(?:a|an|the|our)\\s+(?:[\\p{L}-]+\\s+){0,4}"
            + "(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|freelancer|producer|fellow|analyst|professor|researcher"
            + "|scholar|lecturer|commentator|economist)\\b(?![^.]*\\b(?:said|says|told)\\b)"
            + "|^(?:[\\p{Lu}][\\p{L}'’.-]+\\s+){2,3}(?:covers|writes (?:about|on|for)|reports (?:on|from|for)|is based in)\\s"
            // the writer in the first person, outside any quotation: "I write, follow and monitor closely political news ..."
            + "|^[^\"“”]*(?:^|[.!?]\\s+)I (?:write|cover|report|am an? (?:journalist|reporter|correspondent|writer|editor|freelancer))\\b[^\"“”]*$");
    /** A label that introduces a link to another story, after a bullet: "RELATED China ...", "READ MORE: ...", "• Also read: ...". */
    private static final Pattern LABEL_LINE = Pattern.compile("^(?:[" + Furniture.BULLETS + "]\\s*)?(?:(?:RELATED|READ MORE|READ ALSO|SEE ALSO|MORE|WATCH|LISTEN|ALSO READ)\\b:?"
            + "|(?i:related|read more|read also|also read|see also|more|watch|listen)\\s*:)\\s*\\S");
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"”’')\\]]\\s*$");

    private Boilerplate() {
    }

    /** A share widget's label glued before the text ("Spread the love"), from blog platforms' share plugins. */
    private static final Pattern SHARE_LABEL = Pattern.compile("^(?i:spread the love|share this:?|share on (?:facebook|x|twitter))\\s*(?=\\p{Lu})");
    /** An advertisement's label run into a paragraph at its start or end: "... the agency reported. Advertisement". */
    private static final Pattern AD_LABEL = Pattern.compile("(?<=[.!?\"”’])\\s+(?:Advertisement|ADVERTISEMENT|Story continues below advertisement)\\s*$"
            + "|^(?:Advertisement|ADVERTISEMENT)\\s+(?=[\\p{Lu}“\"])");
    /** A picture's copyright run in after a paragraph's last sentence: "... with the United States. © AFP". */
    private static final Pattern COPYRIGHT_TAIL = Pattern.compile("(?<=[.!?\"”’])\\s+©\\s*\\p{L}[\\p{L} .&/-]{0,40}$");
    /** A counter run in after a paragraph's last sentence (comments, shares): "... a strong diplomatic message. 5". */
    private static final Pattern COUNT_TAIL = Pattern.compile("(?<=\\p{Ll}[.!?][\"”’]?|\\p{Ll}[\"”’][.!?])\\s+\\d{1,5}$");
    /** An excerpt's link to the full story at the end of a line: "... bypassing the … Continue reading The Headline". */
    private static final Pattern CONTINUE_TAIL = Pattern.compile("\\s*(?:…|\\.\\.\\.|\\[…\\])\\s*(?i:continue reading|read more)\\b.{0,200}$");
    /** A link to another story run in after a paragraph's last sentence: "... called for dialogue. Read more: Two rivals trade barbs". */
    private static final Pattern TEASER_TAIL = Pattern.compile("(?<=[.!?\"”’])\\s+(?i:read more|read also|also read|see also|related|more on this(?: story)?)"
            + "\\s*[:|—–-]\\s*[^.!?]{1,160}[.!?]?$");
    /** An excerpt cut off at the end: ",...", "…". */
    private static final Pattern CUT_OFF = Pattern.compile("(?:,|\\s)?(?:\\.\\.\\.|…)\\s*$");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Two words glued where a link ended: "navigationSkip". */
    private static final Pattern GLUED_CASE = Pattern.compile(".*\\p{Ll}\\p{Lu}.*");
    private static final Pattern PUNCTUATED = Pattern.compile(".*[,;:“”\"?!].*");
    /** A sentence's end and a capital after it. */
    private static final Pattern SECOND_SENTENCE = Pattern.compile(".*[.!?][\"”’')]*\\s+\\p{Lu}.*");

    /** The words {@link #TEASER_TAIL} starts with, any of them, so lines without them are not searched. */
    private static boolean mayHaveTeaserTail(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("read") || lower.contains("see also") || lower.contains("related") || lower.contains("more on");
    }

    /** The line's last character, past spaces and one full stop, is a digit: what {@link #DATED_CAPTION} needs. */
    private static boolean endsInDigit(String line) {
        int k = line.length() - 1;
        while (k >= 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(line.charAt(k)) >= 0) {
            k--;
        }
        if (k >= 0 && line.charAt(k) == '.') {
            k--;
        }
        return k >= 0 && line.charAt(k) >= '0' && line.charAt(k) <= '9';
    }

    public static Result strip(List<String> lines) {
        List<String> body = new ArrayList<>(lines.size());
        for (String line : lines) {
            String trimmed = SHARE_LABEL.matcher(line).replaceFirst("");
            if (trimmed.indexOf('…') >= 0 || trimmed.contains("...")) {
                trimmed = CONTINUE_TAIL.matcher(trimmed).replaceFirst("");
            }
            if (trimmed.contains("dvertisement") || trimmed.contains("DVERTISEMENT")) {
                trimmed = AD_LABEL.matcher(trimmed).replaceFirst("");
            }
            if (mayHaveTeaserTail(trimmed)) {
                trimmed = TEASER_TAIL.matcher(trimmed).replaceFirst("");
            }
            if (trimmed.indexOf('©') >= 0) {
                trimmed = COPYRIGHT_TAIL.matcher(trimmed).replaceFirst(""); // "... with the United States. © AFP"
            }
            if (!trimmed.isEmpty() && Character.isDigit(trimmed.charAt(trimmed.length() - 1))) {
                trimmed = COUNT_TAIL.matcher(trimmed).replaceFirst("");
            }
            body.add(trimmed.isBlank() ? line : trimmed);
        }
        int n = body.size();
        boolean[] drop = new boolean[n];
        boolean latinDocument = !otherScript(String.join(" ", body));
        boolean englishDocument = english(String.join(" ", body));
        String byline = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String line = body.get(i);
            int words = DocumentReader.countWords(line);
            if (!seen.add(line) && words >= 8) {
                drop[i] = true; // the page printed the paragraph twice (a teaser block above the story)
            } else if (isCaption(line)) {
                drop[i] = true;
                for (int j = 0; j < n; j++) { // the same caption without its credit, elsewhere on the page
                    if (j != i && body.get(j).length() >= 20 && line.startsWith(body.get(j))) {
                        drop[j] = true;
                    }
                }
                if (i > 0 && !TERMINAL.matcher(body.get(i - 1)).find() && DocumentReader.countWords(body.get(i - 1)) <= 30) {
                    drop[i - 1] = true; // the picture's description, just above its credited caption
                }
            } else if (SLASH_CREDIT.matcher(line.strip()).matches()) {
                drop[i] = true;
                if (i > 0 && describesAPicture(body.get(i - 1))) {
                    drop[i - 1] = true; // "X speaks to reporters in Ottawa on Monday." above "Jane Doe/Reuters"
                }
            } else if (TAG_LINE.matcher(line.strip()).matches()) {
                drop[i] = true; // the story's tags: "Chile, fisheries, Peru"
            } else if (NAME_LINE.matcher(line).matches() && !namesAnActor(line)) {
                drop[i] = true;
                if (byline == null && i < 3 && !line.contains("’s") && !line.contains("'s")) {
                    byline = line.replaceFirst("(?i)^by\\s+", "");
                }
            } else if (words <= 30 && (CONTROL.matcher(line).find() || SITE_NOTICE.matcher(line).find()) || LABEL_LINE.matcher(line).find() || LIVE_MARKER.matcher(line.strip()).matches()
                    || latinDocument && otherScript(line) || englishDocument && otherLanguage(line) || words <= 8 && CALL_TO_ACTION.matcher(line.strip()).matches()
                    || words <= 15 && addressesReader(line)) {
                drop[i] = true;
            }
        }
        // a run of three or more teaser headlines (no sentence end), or two short ones, closes the page
        int run = 0;
        for (int i = n - 1; i >= 0; i--) {
            String line = body.get(i);
            boolean unterminated = !TERMINAL.matcher(line).find() || BULLET.matcher(line).find() && !SENTENCE_END.matcher(line).find();
            if (drop[i] || unterminated && DocumentReader.countWords(line) <= 20) {
                run++; // a teaser in a list may end in a quotation mark: "- Pilots shot down in apparent ‘friendly fire’"
            } else {
                break;
            }
        }
        if (run >= 3 || run == 2 && DocumentReader.countWords(body.get(n - 1)) <= 12 && DocumentReader.countWords(body.get(n - 2)) <= 12) {
            for (int i = n - run; i < n; i++) {
                drop[i] = true;
            }
            for (int i = n - run - 1; i >= 0 && DocumentReader.countWords(body.get(i)) <= 5 && body.get(i).strip().endsWith("?"); i--) {
                drop[i] = true; // the prompt above them: "Anything to add?"
            }
        }
        // another story's headline and its excerpt, cut off, close the page
        int last = n - 1;
        while (last >= 0 && drop[last]) {
            last--;
        }
        if (last >= 1 && !drop[last - 1] && CUT_OFF.matcher(body.get(last)).find() && !TERMINAL.matcher(body.get(last - 1)).find()
                && DocumentReader.countWords(body.get(last - 1)) <= 20) {
            drop[last] = true;
            drop[last - 1] = true;
        }
        // the outlet's notice and the writer's biography among the last three paragraphs left
        for (int i = n - 1, left = 0; i >= 0 && left < 3; i--) {
            if (drop[i]) {
                continue;
            }
            left++;
            if (DocumentReader.countWords(body.get(i)) <= 80 && CLOSING_NOTICE.matcher(body.get(i)).find()
                    || DocumentReader.countWords(body.get(i)) <= 120 && AUTHOR_BIO.matcher(body.get(i)).find()) {
                drop[i] = true;
            }
        }
        // a label or a link of a few words closes the page ("More on this", "Section 2")
        String signOff = null;
        for (int i = n - 1; i > 0 && (drop[i] || !TERMINAL.matcher(body.get(i)).find() && DocumentReader.countWords(body.get(i)) <= 4); i--) {
            drop[i] = true;
            signOff = signOff == null ? wireSignOff(body.get(i)) : signOff; // "AFP" under the story: the wire it came from
        }
        // one to three teaser headlines between two paragraphs: links to other stories set in the text
        for (int i = 1; i + 1 < n; i++) {
            int end = i;
            while (end < n && end - i < 3 && !drop[end] && teaserLike(body.get(end))) {
                end++;
            }
            if (end > i && loneTeaser(body, drop, i, end)) {
                for (int k = i; k < end; k++) {
                    drop[k] = true;
                }
            }
        }
        // two or more bulleted headlines in title case inside the text: a list of links to other stories
        for (int i = 0; i < n; i++) {
            int end = i;
            while (end < n && !drop[end] && bulletedHeadline(body.get(end))) {
                end++;
            }
            if (end - i >= 2) {
                Arrays.fill(drop, i, end, true);
            }
            i = Math.max(i, end - 1);
        }
        // a pull quote repeats most words of a longer paragraph, without its sentence end
        for (int i = 0; i < n; i++) {
            if (!drop[i] && pullQuote(body, i)) {
                drop[i] = true;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept.add(body.get(i));
            }
        }
        return new Result(kept, byline, signOff);
    }

    /** A wire agency's name alone, perhaps after a dash: "AFP", "— AP". */
    private static final Pattern SIGN_OFF = Pattern.compile("[(\\[—–-]?\\s*(\\p{L}[\\p{L}.&'’ -]{1,40}?)\\s*[)\\]]?\\.?");

    /** The wire agency a closing line names alone, or null. */
    private static String wireSignOff(String line) {
        Matcher m = SIGN_OFF.matcher(line.strip());
        return m.matches() ? Gazetteer.load().source(m.group(1)).filter(e -> e.kind() == SourceKind.WIRE_AGENCY).map(e -> m.group(1)).orElse(null)
                : null;
    }

    /** "Saudi Arabia", "New Zealand", "African Union": a round-up's heading looks like a name line but names an actor. */
    private static boolean namesAnActor(String line) {
        return Gazetteer.load().resolveCountry(line).isPresent() || Organisations.load().find(line.strip()).isPresent();
    }

    /** A photo caption: it ends with a credit, or with the date the picture was taken after a full sentence. */
    static boolean isCaption(String line) {
        int words = DocumentReader.countWords(line);
        if (words <= 150 && PLACE_DAY_CAPTION.matcher(line).find()) {
            return true;
        }
        if (words > 80) {
            return false;
        }
        String tail = line.length() <= 200 ? line : line.substring(line.length() - 200); // a credit closes the line
        return CREDIT_END.matcher(tail).find() || endsInDigit(tail) && DATED_CAPTION.matcher(tail).find()
                || words <= 40 && (CAPTION_FORM.matcher(line).find() || PLACED_CAPTION.matcher(line).find());
    }

    /** A page control: share, log in, comment, "click here", "see more". */
    static boolean isControl(String line) {
        return DocumentReader.countWords(line) <= 30 && CONTROL.matcher(line).find();
    }

    /** A line of navigation: glued links ("navigationSkip to content"), or twelve or more unpunctuated words all capitalised. */
    static boolean isNavigation(String line) {
        if (CONTROL.matcher(line).find() && GLUED_CASE.matcher(line).matches()) {
            return true;
        }
        if (GLUED_LINKS.matcher(line).matches()) {
            return true; // "World NewsAsia Pacific": menu links whose spaces the page never had
        }
        String[] words = SPACES.split(line);
        if (words.length < 12 || PUNCTUATED.matcher(line).matches()) {
            return false; // a headline in title case is shorter and punctuated
        }
        int linking = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            if (HEADLINE_PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT))) {
                linking++;
            }
        }
        return linking < 2; // "... Recalls Envoy From Peru Over Fishing Dispute": a headline in title case, not a menu
    }

    /** Prepositions that join a title-case headline's words and that a menu of section names does not have. */
    private static final Set<String> HEADLINE_PREPOSITIONS = Set.of("of", "from", "over", "to", "in", "on", "for", "with", "as", "at", "by",
            "after", "against", "into", "amid", "about");

    /**
     * "Bolivia says it is ready to join the pact" between two paragraphs: a headline of six to twenty words, one
     * sentence without its end, after a paragraph that ended and before one that goes on. A crosshead is shorter.
     */
    /** A headline: six to twenty words, capitalised, no sentence end. */
    private static boolean teaserLike(String text) {
        String line = text.strip();
        int words = DocumentReader.countWords(line);
        return words >= 6 && words <= 20 && !TERMINAL.matcher(line).find() && Character.isUpperCase(line.codePointAt(0))
                && !SECOND_SENTENCE.matcher(line).matches() && !SPEAKER_LABEL.matcher(line).matches();
    }

    /** "- Can Climate Change Teach Andean Leaders How to Be Friends?": a list item in title case without a full stop, a link. */
    private static boolean bulletedHeadline(String line) {
        Matcher item = BULLET.matcher(line);
        if (!item.find()) {
            return false;
        }
        String rest = line.substring(item.end() - 1).strip();
        int words = DocumentReader.countWords(rest);
        return words >= 5 && words <= 20 && !rest.endsWith(".") && CountryRecognizer.inTitleCaseLine(rest, 0);
    }

    /** A round-up's label naming who speaks in the paragraph under it: "Ana Example, Foreign Minister of Peru". */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3},\\s+(?:the\\s+)?[^,.;:!?]{0,80}"
            + "\\b(?i:minister|president|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|representative|king|emir|leader)\\b[^,.;:!?]{0,60}$");

    /** The teaser headlines body[i, end) stand between two paragraphs of running text. */
    private static boolean loneTeaser(List<String> body, boolean[] drop, int i, int end) {
        int prev = i - 1;
        while (prev >= 0 && drop[prev]) {
            prev--;
        }
        int next = end;
        while (next < body.size() && drop[next]) {
            next++;
        }
        return prev >= 0 && next < body.size() && TERMINAL.matcher(body.get(prev)).find() && DocumentReader.countWords(body.get(prev)) > 20
                && DocumentReader.countWords(body.get(next)) > 20;
    }

    /** A line wholly in quotation marks, with no attribution after them: a pull quote set in large type. */
    private static final Pattern QUOTED_LINE = Pattern.compile("[\"“‘'][^\"“”]+[\"”’']");

    /** A quotation of five words or more and a short attribution after it: "“...,” the minister said." */
    private static final Pattern CREDITED_QUOTE = Pattern.compile("[\"“]([^\"“”]{25,}?)[.,!?]?[\"”]\\s*,?\\s+(\\p{L}[^\"“”]{0,60}[.!?]?)");

    private static boolean pullQuote(List<String> body, int i) {
        String line = body.get(i);
        int words = DocumentReader.countWords(line);
        if (words < 6 || words > 40) {
            return false;
        }
        if (QUOTED_LINE.matcher(line.strip()).matches()) { // a quotation set apart: the words of another paragraph, verbatim
            String inner = line.strip().replaceAll("^[\"“‘']|[.,!?]?[\"”’']$", "").toLowerCase(Locale.ROOT);
            return body.stream().anyMatch(other -> other.length() > line.length() && other.toLowerCase(Locale.ROOT).contains(inner));
        }
        Matcher credited = CREDITED_QUOTE.matcher(line.strip());
        if (credited.matches() && DocumentReader.countWords(credited.group(2)) <= 5) {
            // "“...,” the minister said." over the paragraph that gives the same quotation with its full attribution
            String inner = credited.group(1).toLowerCase(Locale.ROOT);
            return body.stream().anyMatch(other -> other.length() > line.length() && other.toLowerCase(Locale.ROOT).contains(inner));
        }
        if (TERMINAL.matcher(line).find()) {
            return false;
        }
        Set<String> mine = words(line);
        for (int j = 0; j < body.size(); j++) {
            if (j == i || body.get(j).length() <= line.length()) {
                continue;
            }
            Set<String> other = words(body.get(j));
            long shared = mine.stream().filter(other::contains).count();
            if (shared >= 0.85 * mine.size()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Function words per language (lexicon/function-words.tsv): "en" for English, the others by their code. */
    private static final Map<String, String> FUNCTION_WORDS = functionWords();

    private static Map<String, String> functionWords() {
        Map<String, String> out = new HashMap<>();
        Gazetteer.rows("lexicon/function-words.tsv").stream().filter(cols -> cols.length == 2).forEach(cols -> out.put(cols[1], cols[0]));
        return Map.copyOf(out);
    }

    /** English and other-language function words of a text: {english, other}. */
    private static int[] functionWordCounts(String text) {
        int[] counts = new int[2];
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            String lang = FUNCTION_WORDS.get(w);
            if (lang != null) {
                counts[lang.equals("en") ? 0 : 1]++;
            }
        }
        return counts;
    }

    /** A text written in English: its English function words outnumber those of other languages. */
    static boolean english(String text) {
        int[] c = functionWordCounts(text);
        return c[0] >= 5 && c[0] > c[1];
    }

    /**
     * A line of another language than English ("Lea también: ..."): none of English's function words, and two of another
     * language's or half its words spelled with Latin letters English does not use ("ə", "ü", "ş").
     */
    static boolean otherLanguage(String line) {
        int[] c = functionWordCounts(line);
        return c[0] == 0 && DocumentReader.countWords(line) >= 4 && (c[1] >= 2 || foreignSpelling(line));
    }

    private static boolean foreignSpelling(String line) {
        String[] words = NON_LETTERS.split(line.strip());
        long foreign = Arrays.stream(words).filter(w -> w.chars().anyMatch(ch -> ch > 0x7F && Character.isLetter(ch))).count();
        return foreign * 2 >= words.length;
    }

    /** Mostly letters of a script other than Latin ("a line in another script than the article"). */
    static boolean otherScript(String line) {
        int latin = 0;
        int other = 0;
        for (int k = 0; k < line.length(); k++) {
            int c = line.charAt(k);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        return other > 3 && other > latin;
    }
}
