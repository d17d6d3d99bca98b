package io.stancegraph.analysis;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a plain-text or HTML document into a {@link ParsedDocument}: metadata from what the page
 * offers, the article's own paragraphs, and page furniture removed. Stateless and thread-safe.
 */
public final class DocumentReader {

    /** Documents must keep at least this many words of article text after cleaning. */
    static final int MIN_WORDS = 8;

    private static final Pattern HTML_SNIFF = Pattern.compile("(?is)^\\s*(?:<!doctype\\s+html|<html|<head|<body|<article|<meta|<title|<div|<p>)");
    /** "Outlet — 2025-11-07" or "Outlet - January 5, 2026" credit lines. */
    private static final Pattern OUTLET_DATE = Pattern.compile("^(?<outlet>[\\p{Lu}][\\p{L}\\p{N}&.'’ ]{1,80}?)\\s*[—–|-]+\\s*(?<date>.+)$");
    /** An author page's link run onto the byline: "Ana Ruiz More by this Author", "Ana Ruiz View all posts". */
    private static final Pattern AUTHOR_LINKS = Pattern.compile("(?i)\\s+(?:more (?:stories |articles |posts )?(?:by|from) (?:this |the )?author"
            + "|(?:view|see|read) (?:all|more) (?:posts|articles|stories)|all (?:posts|articles|stories) by)\\b.*$");

    private static String withoutAuthorLinks(String byline) {
        if (byline == null) {
            return null;
        }
        String name = AUTHOR_LINKS.matcher(byline).replaceFirst("").strip();
        return name.isEmpty() ? null : name;
    }

    /** "date — Outlet" credit lines: "28 January 2025 - The Example Herald". */
    private static final Pattern DATE_OUTLET = Pattern.compile("^(?<date>.+?\\d)\\s+[—–|-]+\\s+(?<outlet>[\\p{Lu}][\\p{L}\\p{N}&.'’ ]{1,80}?)$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|written by|posted by|author|words by):?\\s+(?<name>[\\p{Lu}][\\p{L}.'’ -]{1,60}?(?:\\s*(?:and|&|,)\\s*[\\p{Lu}][\\p{L}.'’ -]{1,60}?)*)"
            + "(?:\\s*[|—–]\\s*(?<outlet>[\\p{Lu}][\\p{L}\\p{N}&.'’ ]{1,60}))?$");
    /** Wire-style dateline opening the first paragraph: "ASTANA, Nov 7 (Reuters) - ", "Lima, 4 March 2025 (Wire) — ". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{L}./ '’-]+(?:,\\s*[\\p{Lu}][\\p{L}.]+)?,?\\s+)?(?<date>(?:[\\p{Lu}][\\p{Ll}]{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[\\p{Lu}][\\p{Ll}]{2,8}\\.?)(?:,?\\s+\\d{4})?\\s+)?"
                    + "\\((?<agency>[\\p{L}][\\p{L}\\p{N} .&-]{1,40})\\)\\s*\\.?[-—–]+\\s*");
    /** A dateline whose brackets hold outlet and date: "LIMA (Example News / Wire - 20th March, 2022)". */
    private static final Pattern DATELINE_BRACKETS = Pattern.compile("^\\p{Lu}{2,}[\\p{Lu} .,'’-]*\\(([^()]{6,80})\\)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’)|•·]\\s*$");
    private static final Pattern GLUED_BYLINE = Pattern.compile("^(?i:by)\\s+(?<name>\\p{Lu}[\\p{Ll}'’.-]+(?:\\s+\\p{Lu}[\\p{Ll}'’.-]+){1,3}?)"
            + "(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{Ll}'’.-]+(?:\\s+\\p{Lu}[\\p{Ll}'’.-]+){1,3}?)?\\s+(?=\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,\\s*\\p{Lu}[\\p{L} .]*)?\\s*[(—–-])");
    private static final Pattern DATE_MARKER = Pattern.compile("^\\s*(?i:date):?\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:[T ][\\d:.Z+-]+)?(?:\\s+|$)");
    private static final Pattern NON_CONTENT = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:share|sharing|social|comment|comments|related|recommend|recommended|newsletter|subscribe|cookie|consent|"
                    + "banner|promo|advert|advertisement|ads|ad-slot|sidebar|breadcrumbs?|menu|nav|navigation|footer|masthead|popup|modal|paywall|"
                    + "tags|tag-list|author-bio|more-news|read-more|trending|most-read|skip-link|feedback)(?:$|[\\s_-])");
    /** The label of a page's metadata in a definition list. */
    private static final Pattern META_LABEL = Pattern.compile("(?i)(?:from|by|author|published|first published|last updated|updated|date|"
            + "part of|type|location|topics?|tags?|organisations?|organizations?|series)\\s*:?");
    /** The label of a page's date of publication in its metadata list. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)(?:published|first published|date)\\s*:?");
    /**
     * A copyright line names the page's owner: "© 2024 The Daily Example", "Copyright 2024 Example Media Ltd. All rights reserved.",
     * "© Copyright 2024 EXAMPLEWIRE - All rights reserved".
     */
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:©\\s*(?i:copyright)?|\\(c\\)|(?i:copyright)\\s*©?)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?"
            + "(?<owner>[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’. -]{1,60}?)\\s*[.,|–-]?\\s*(?:(?i:all rights reserved)\\.?"
            + "(?:\\s+(?i:this (?:material|article|content)|no part of)\\b.*)?)?$"); // "... This material may not be published ..."
    /** A note on the kind of text, not its headline: "Text in which the author defends ideas ...". */
    private static final Pattern EDITORIAL_NOTE = Pattern.compile("(?i)\\bthe author\\b|\\bviews expressed\\b|\\bopinion piece\\b");
    private static final Map<String, Evaluator> QUERIES = new ConcurrentHashMap<>();
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd";

    /** The end of a wrapped line that ends its text: punctuation, or a quotation closed after it ('... "a provocation"' goes on). */
    private static final Pattern WRAP_END = Pattern.compile("(?:[.!?:;|•·)]|[.!?,;:][\"”’])\\s*$");
    /** A line that ends on a word no sentence ends on, an article, a preposition or a conjunction: "... after the" above "United Arab Emirates". */
    private static final Pattern OPEN_END = Pattern.compile("(?<![\\p{L}'’-])(?:the|a|an|of|to|in|on|at|by|for|from|with|into|over|after|before|between"
            + "|and|or|but|than|its|their|his|her)\\s*$");
    /** A web address opening a line, which no wrapped sentence goes on with. */
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S");
    /** A word broken across lines by a hyphen: "the gov-" above "ernment announced". */
    private static final Pattern BROKEN_WORD = Pattern.compile("\\p{Ll}-$");

    /**
     * Hard-wrapped text joined back into lines: a line that does not end a sentence and a next line that starts in
     * lower case ("China\nsuspended all imports"), or that the wrapping filled ({@link #wrapWidth}: "on 14\nJuly"), are one
     * line; a word a line break cut at a hyphen is one word again ("gov-\nernment").
     */
    static List<String> unwrapped(String[] raw) {
        int width = wrapWidth(raw);
        List<String> out = new ArrayList<>();
        String previousRaw = "";
        for (String line : raw) {
            String stripped = line.strip();
            int last = out.size() - 1;
            boolean wrapped = last >= 0 && !stripped.isEmpty() && !ADDRESS.matcher(stripped).lookingAt()
                    && (Character.isLowerCase(stripped.charAt(0)) || filled(previousRaw, line, width)
                    || countWords(previousRaw) >= 5 && OPEN_END.matcher(previousRaw).find())
                    // controls on lines of their own are no wrapped sentence: "Ad space 728x90", "facebook sharing button"
                    && !(Furniture.isFurniture(stripped) && Furniture.isFurniture(previousRaw));
            previousRaw = line;
            if (wrapped && !out.get(last).isBlank() && !WRAP_END.matcher(out.get(last)).find()
                    && !DATE_MARKER.matcher(line).lookingAt()) { // " date 2024-01-29 " stands alone
                String previous = out.get(last).stripTrailing();
                out.set(last, BROKEN_WORD.matcher(previous).find() ? previous.substring(0, previous.length() - 1) + stripped : previous + " " + stripped);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Columns set apart by runs of spaces: a letterhead or a running header, not wrapped prose. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");

    /**
     * The width a text was wrapped at, or 0 when it was not: the longest of its prose lines (five words or more, no
     * columns), when at least half of them end within a few characters of it and it is no longer than a printed line.
     */
    static int wrapWidth(String[] raw) {
        int[] lengths = Arrays.stream(raw).map(String::strip).filter(l -> countWords(l) >= 5 && !COLUMN_GAP.matcher(l).find())
                .mapToInt(String::length).toArray();
        int width = Arrays.stream(lengths).max().orElse(0);
        if (lengths.length < 4 || width > 100) {
            return 0;
        }
        long near = Arrays.stream(lengths).filter(l -> l >= width - 12).count();
        return near * 2 >= lengths.length ? width : 0;
    }

    /** A line a wrapping filled: the next line's first word would not have fitted after it, and the next line is not indented. */
    private static boolean filled(String line, String next, int width) {
        if (width == 0 || next.isEmpty() || Character.isWhitespace(next.charAt(0)) || COLUMN_GAP.matcher(line.strip()).find()) {
            return false;
        }
        String first = next.strip().split("\\s+", 2)[0];
        return line.strip().length() + 1 + first.length() > width;
    }

    /** Reads raw bytes; the file name decides the format when its extension is .html/.htm. */
    public ParsedDocument read(String fileName, byte[] content) throws UnreadableDocumentException {
        if (content == null || content.length == 0) {
            throw new UnreadableDocumentException("empty document");
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("empty document (only white space)");
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (Feed.looksLike(text)) {
            text = Feed.asPage(text);
        }
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || HTML_SNIFF.matcher(text).find();
        ParsedDocument doc = html ? readHtml(text) : readText(text);
        long words = doc.paragraphs().stream().mapToLong(DocumentReader::countWords).sum();
        if (words < MIN_WORDS) {
            throw new UnreadableDocumentException("no article text found (" + words + " words after removing page furniture)");
        }
        return doc;
    }

    /** Counts words (runs of letters or digits). */
    public static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    // ---- decoding -------------------------------------------------------------------------

    static String decode(byte[] content) throws UnreadableDocumentException {
        int controls = 0;
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableDocumentException("binary content (NUL bytes), not a text or HTML document");
            }
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(2, content.length / 100)) {
            throw new UnreadableDocumentException("binary content (" + controls + " control bytes), not a text or HTML document");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // ---- plain text -------------------------------------------------------------------------

    /**
     * A line of a crawler's, exporter's or mail's header: "Title: ...", "Published: 2023-12-15", "Source: Example Courier", "From:
     * Example Monitor &lt;news@example.org&gt;", "Subject: ...".
     */
    private static final Pattern FIELD_LINE = Pattern.compile("(?i)^\\s*(title|headline|subject|url|link|date|sent|published|publication date|date published|"
            + "publishdate|pubdate|source|publisher|publication|outlet|site|from|to|author|byline|section|category|tags|language)\\s*:\\s*(.*?)\\s*$");
    /** A mail's address after the sender's name: "Example Monitor <news@example.org>". */
    private static final Pattern MAIL_ADDRESS = Pattern.compile("\\s*<[^<>@\\s]+@[^<>\\s]+>\\s*$");

    private static final Set<String> PUBLISHER_FIELDS = Set.of("source", "publisher", "publication", "outlet", "site");
    private static final Set<String> BYLINE_FIELDS = Set.of("author", "byline");

    /**
     * Reads a header of two or more "Field: value" lines opening a text into the metadata; returns the rest, after the title
     * on a line of its own when the header gave one.
     */
    private static String readFieldHeader(String text, Meta meta) {
        Map<String, String> values = new HashMap<>();
        String rest;
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.lookingAt()) { // a static site's front matter: its fields in any order, lists and unknown keys among them
            for (String line : front.group(2).split("\\R")) {
                Matcher f = FIELD_LINE.matcher(TOML_FIELD.matcher(line).replaceFirst("$1: "));
                if (f.matches()) {
                    putField(values, f.group(1), QUOTES.matcher(f.group(2)).replaceAll(""));
                }
            }
            rest = text.substring(front.end());
            if (values.isEmpty()) {
                return rest;
            }
        } else {
            String[] lines = text.split("\\R", -1);
            int i = 0;
            for (; i < lines.length; i++) {
                Matcher f = FIELD_LINE.matcher(lines[i]);
                if (lines[i].isBlank() && values.isEmpty()) {
                    continue;
                }
                if (!f.matches()) {
                    break;
                }
                putField(values, f.group(1), f.group(2));
            }
            if (values.size() < 2) {
                return text;
            }
            rest = String.join("\n", Arrays.copyOfRange(lines, i, lines.length));
        }
        Matcher forwarded = FORWARDED.matcher(rest);
        if (forwarded.lookingAt()) {
            // a forwarded mail: the original message's own header tells what it is; the forwarder's adds what it lacks
            String inner = readFieldHeader(rest.substring(forwarded.end()), meta);
            if (!inner.equals(rest.substring(forwarded.end()))) {
                values.remove("title");
                rest = inner;
            }
        }
        if (meta.date == null && values.containsKey("date")) {
            meta.date = Dates.parseIso(values.get("date")).or(() -> Dates.find(values.get("date"))).orElse(null);
        }
        meta.publisher = meta.publisher == null ? values.get("publisher") : meta.publisher;
        String sender = values.containsKey("from") ? MAIL_ADDRESS.matcher(values.get("from")).replaceFirst("").replaceAll("^\"|\"$", "") : "";
        if (meta.publisher == null && SourceDetector.OUTLET_NAME.matcher(sender).matches()) {
            meta.publisher = sender; // a newsletter mailed by its outlet; a person who sent the mail is no publisher
        }
        if (meta.byline == null && values.containsKey("byline")) {
            meta.byline = values.get("byline").replaceFirst("(?i)^by\\s+", "");
        }
        return values.containsKey("title") ? REPLY_PREFIX.matcher(values.get("title")).replaceFirst("") + "\n\n" + rest : rest;
    }

    /** A header's field under the kind of value it holds. */
    private static void putField(Map<String, String> values, String name, String value) {
        String field = name.toLowerCase(Locale.ROOT);
        String kind = field.contains("date") || field.equals("published") || field.equals("sent") ? "date"
                : PUBLISHER_FIELDS.contains(field) ? "publisher" : BYLINE_FIELDS.contains(field) ? "byline"
                : field.equals("headline") || field.equals("subject") ? "title" : field; // an address, a section, tags: kept aside
        if (!value.isEmpty()) {
            values.putIfAbsent(kind, value);
        }
    }

    /** A static site generator's front matter between two "---" (YAML) or "+++" (TOML) lines at the top of the file. */
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A\\s*(---|\\+\\+\\+)[ \\t]*\\R(.*?)\\R\\1[ \\t]*(?:\\R|\\z)");
    /** A TOML field, "title = ...", read as "title: ...". */
    private static final Pattern TOML_FIELD = Pattern.compile("^(\\s*[\\p{L}][\\p{L} ]*?)\\s*=\\s*");
    /** The quotation marks around a front matter's value. */
    private static final Pattern QUOTES = Pattern.compile("^[\"']|[\"']$");

    /** The line that opens a forwarded mail inside another: "---------- Forwarded message ---------", "Begin forwarded message:". */
    private static final Pattern FORWARDED = Pattern.compile("(?i)\\s*(?:-{2,}\\s*(?:forwarded message|original message)\\s*-{2,}|begin forwarded message:)[ \\t]*\\R");
    /** "Fwd: ", "Fw: ", "Re: " before a mail's subject. */
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^(?:(?:fwd?|re)\\s*:\\s*)+");

    /** An inline HTML tag left in a text: "<a href=\"...\" target=\"_blank\">", "</a>", "<em>". */
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(?:a|em|strong|b|i|u|span|abbr|cite|mark|small|sup|sub)(?:\\s+[^<>]{0,300})?>");

    ParsedDocument readText(String text) {
        List<String> lines = new ArrayList<>();
        Meta meta = new Meta();
        Matcher marker = DATE_MARKER.matcher(text);
        if (marker.lookingAt()) { // " date 2023-07-30 Text...": a date a crawler put before the text
            meta.date = marker.group(1).length() == 10 ? Dates.parseIso(marker.group(1)).orElse(null) : null; // a month or a year: no day
            text = text.substring(marker.end());
        }
        text = readFieldHeader(text, meta);
        text = INLINE_TAG.matcher(text).replaceAll(""); // a scraped text's links left as tags: keep their words
        boolean markdown = Markdown.looksLike(text);
        List<String> raws = withoutTicker(unwrapped(text.split("\\R")));
        for (String raw : raws) {
            String line = Furniture.clean(markdown ? Markdown.plain(raw) : raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        lines = withoutThreadCounters(withoutRunningHeads(lines));
        int first = readHeader(lines, meta);
        List<String> paragraphs = new ArrayList<>();
        for (String line : meta.standfirst) {
            boolean captionCopy = meta.standfirst.stream().anyMatch(o -> o.length() > line.length() && o.startsWith(line) && Boilerplate.isCaption(o));
            // a summary's bullet under the headline is text even without a full stop: "- The declaration obliges both sides to ..."
            boolean point = countWords(line) >= 8 && Boilerplate.bullet(line);
            if (countWords(line) >= 5 && (line.matches(".*[.!?\"”’]$") || point) && !captionCopy && !isMasthead(line) && keepAsBody(line, meta)) {
                paragraphs.add(line);
            }
        }
        int total = lines.stream().mapToInt(String::length).sum();
        int seen = 0;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Furniture.opensTail(line) && seen >= total / 2) {
                break; // comments or related links to the end of the page
            }
            seen += line.length();
            if (keepAsBody(line, meta)) {
                paragraphs.add(line);
            }
        }
        paragraphs = withoutBoilerplate(paragraphs, meta);
        if (paragraphs.isEmpty() && meta.title != null) {
            // a one-sentence brief: its only line is the text, and a headline only when it does not read as a sentence
            paragraphs.add(meta.title);
            if (meta.title.matches(".*[.!?\"”’]$")) {
                meta.title = null;
            }
        }
        readWireDateline(paragraphs, meta);
        return new ParsedDocument(withoutSiteName(meta.title, meta.publisher), meta.publisher, dateOrTitleDate(meta), withoutAuthorLinks(meta.byline), paragraphs, meta.outletHint);
    }

    /** A news ticker's label alone on its line: "BREAKING", "Breaking news", "Just in", "Latest". */
    private static final Pattern TICKER_LABEL = Pattern.compile("(?i)[\\p{So}\\p{Sk}\\s]*(?:breaking(?: news)?|just in|latest(?: news)?|news ticker)[:\\s]*");

    /**
     * A ticker: its label alone on a line and two or more headlines of other stories on the lines right under it, up to the
     * next blank line ("BREAKING" over "Drone strikes car in the south." and "Council adopts resolution ..."); the headlines go.
     */
    static List<String> withoutTicker(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            out.add(raw.get(i));
            if (!TICKER_LABEL.matcher(raw.get(i)).matches()) {
                continue;
            }
            int end = i + 1;
            while (end < raw.size() && !raw.get(end).isBlank()) {
                end++;
            }
            if (end - i - 1 >= 2) {
                i = end - 1; // the items under the label, not the label, which is furniture of its own
            }
        }
        return out;
    }

    /** How far below its first place a line must come again to be a printed page's running head or foot. */
    private static final int RUNNING_HEAD_GAP = 8;

    /** A thread's post counter at a post's start or end: "1/4 ...", "... (2/4)", "3/ ...". */
    private static final Pattern THREAD_COUNTER = Pattern.compile("^\\(?(\\d{1,2})/(\\d{1,2})?\\)?\\s+(?=\\S)|\\s+\\(?(\\d{1,2})/(\\d{1,2})?\\)?$");

    /** "1/4 Peru has ..." and "2/4 Chile said ...": a thread's counters go when two posts or more carry them. */
    static List<String> withoutThreadCounters(List<String> lines) {
        long counted = lines.stream().filter(l -> THREAD_COUNTER.matcher(l).find()).count();
        if (counted < 2) {
            return lines;
        }
        return lines.stream().map(l -> THREAD_COUNTER.matcher(l).replaceAll("")).toList();
    }

    /**
     * A printed text's running head or foot ("REGIONAL BRIEF No. 4/2026" atop every page) out: a line that is no prose and
     * comes again further down, every time.
     */
    static List<String> withoutRunningHeads(List<String> lines) {
        Map<String, Integer> firstAt = new HashMap<>();
        Set<String> running = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Integer seen = firstAt.putIfAbsent(line, i);
            if (seen != null && i - seen >= RUNNING_HEAD_GAP && !isProse(line) && countWords(line) >= 2
                    && lines.subList(seen + 1, i).stream().anyMatch(DocumentReader::sentence)) { // a masthead over two menus repeats before any text
                running.add(line);
            }
        }
        return running.isEmpty() ? lines : lines.stream().filter(l -> !running.contains(l)).toList();
    }

    private static final Pattern SENTENCE = Pattern.compile(".*\\p{L}[.!?][\"”’)]?");

    /** A line of four words or more that ends as a sentence does. */
    private static boolean sentence(String line) {
        return countWords(line) >= 4 && SENTENCE.matcher(line).matches();
    }

    /** Captions, name lines, page controls, teaser runs and pull quotes out; a name line is the byline when none is known. */
    private static List<String> withoutBoilerplate(List<String> paragraphs, Meta meta) {
        Boilerplate.Result r = Boilerplate.strip(paragraphs);
        if (meta.byline == null && !meta.headings.contains(r.byline())) {
            meta.byline = r.byline();
        }
        if (r.signOff() != null && (meta.byline == null || !meta.byline.contains(r.signOff()))) {
            meta.byline = meta.byline == null ? r.signOff() : meta.byline + ", " + r.signOff(); // the wire credited under the story
        }
        List<String> out = new ArrayList<>();
        r.lines().forEach(line -> out.add(GLUED_SENTENCE.matcher(line).replaceAll(" ")));
        return out;
    }

    /** Sentences a page glued together when it lost their space: "near its borders.Russia has welcomed ...". */
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.!?][”\"’]?)(?=\\p{Lu}\\p{Ll}{2})");

    /** One capitalised word before a bar is a section's label, not a headline's start ("Mining | Chile signs ..."). */
    private static final Pattern ONE_WORD_LABEL = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** Up to three words and a bar before the rest of a title: "Opinion | ...", "Middle East | ...". */
    private static final Pattern SECTION_LABEL = Pattern.compile("^(\\S+(?:\\s+\\S+){0,2})\\s+\\|\\s+(.+)$");

    /** A wire service's slug before its headline: "UPDATE 2-", "REFILE-", "EXCLUSIVE-", "WRAPUP 1-". */
    private static final Pattern WIRE_SLUG = Pattern.compile("^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|EXCLUSIVE|RPT|INSIGHT|ANALYSIS|FACTBOX|"
            + "FOCUS|EXPLAINER|TIMELINE|BREAKINGVIEWS|POLL)(?:\\s\\d+)?-)+(?=\\S)");

    /** A clock time after a headline's last word. */
    private static final Pattern CLOCK_AFTER = Pattern.compile("(?<=[\\p{L}\"”’?!])\\s+(?:[01]?\\d|2[0-3]):[0-5]\\d$");

    /** An alert's label before a headline, with its sign: "🔴 BREAKING: ", "JUST IN — ". */
    private static final Pattern FLASH_LABEL = Pattern.compile("^[\\p{So}\\p{Sk}\\s]*(?:BREAKING(?: NEWS)?|JUST IN|FLASH|URGENT|ALERT)\\s*[:—–-]\\s*(?=\\S)");

    /**
     * "Home World Chile signs the pact" -> "Chile signs the pact": a breadcrumb of section labels run into the headline, or a
     * section's label before a bar ("Opinion | ...", any single word); an outlet's name of two words there is kept.
     */
    static String withoutBreadcrumb(String title) {
        if (title != null) {
            title = WIRE_SLUG.matcher(title).replaceFirst("");
            title = FLASH_LABEL.matcher(title).replaceFirst("");
            title = CLOCK_AFTER.matcher(title).replaceFirst(""); // "Envoy summoned over remarks 15:19": the time it was posted
        }
        Matcher labelled = title == null ? null : SECTION_LABEL.matcher(title);
        if (labelled != null && labelled.matches() && (Furniture.isFurniture(labelled.group(1)) || ONE_WORD_LABEL.matcher(labelled.group(1)).matches())
                && countWords(labelled.group(2)) >= 3) {
            return labelled.group(2); // "Opinion | Why the pact matters", "Energy | ...": the section's label before the headline
        }
        if (title == null || !title.startsWith("Home ")) {
            return title;
        }
        String rest = title.substring(5);
        boolean section = false;
        while (true) {
            String[] words = rest.split("\\s+", 3);
            String two = words.length > 2 ? words[0] + " " + words[1] : null;
            if (two != null && Furniture.isFurniture(two) && !two.equalsIgnoreCase("read more")) {
                rest = words[2];
            } else if (words.length > 1 && Furniture.isFurniture(words[0])) {
                rest = rest.substring(words[0].length()).strip();
            } else {
                break;
            }
            section = true;
        }
        return section && countWords(rest) >= 3 ? rest : title;
    }

    /** "ASTANA, Nov 7 (Reuters) - ...": the agency is the publisher when the page names no other. */
    private static void readWireDateline(List<String> paragraphs, Meta meta) {
        if (paragraphs.isEmpty()) {
            return;
        }
        Matcher glued = GLUED_BYLINE.matcher(paragraphs.get(0));
        if (glued.lookingAt()) { // "By Jane Doe LIMA (Wire) - ...": the byline run into the dateline
            if (meta.byline == null) {
                meta.byline = glued.group("name");
            }
            paragraphs.set(0, paragraphs.get(0).substring(glued.end()));
        }
        Matcher m = WIRE_DATELINE.matcher(paragraphs.get(0));
        if (m.lookingAt()) {
            if (meta.publisher == null) {
                meta.publisher = m.group("agency").strip();
            }
            if (meta.date == null && m.group("date") != null) {
                meta.date = Dates.find(m.group("date")).orElse(null);
            }
        }
        Matcher inside = DATELINE_BRACKETS.matcher(paragraphs.get(0));
        if (meta.date == null && inside.lookingAt()) { // "LIMA (Example News / Wire - 20th March, 2022) The ..."
            meta.date = Dates.find(inside.group(1)).orElse(null);
        }
        for (int i = 0; i < Math.min(6, paragraphs.size()) && meta.date == null; i++) {
            Matcher dated = DATED_DATELINE.matcher(paragraphs.get(i)); // "LIMA, March 9, 2026 — ...", below a list of key points
            if (dated.lookingAt()) {
                meta.date = Dates.find(dated.group("date")).orElse(null);
            }
        }
    }

    /** A place in capitals and a colon or dash opening a paragraph: "LIMA: ", "LIMA, Peru — ", "LIMA (Wire) - ". */
    private static final Pattern LEAD_DATELINE = Pattern.compile("^\\p{Lu}{3,}(?:[ .'’-]+\\p{Lu}{2,})*(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)?"
            + "\\s*(?:\\([^()]{1,40}\\)\\s*)?(?::|[—–]|--?)\\s+\\S");

    /** A dateline with the full date: "LIMA, March 9, 2026 — ", "QUITO, Ecuador, 9 March 2026 - ", a release's "Santiago, 3 March 2026 – ". */
    private static final Pattern DATED_DATELINE = Pattern.compile("^(?:\\p{Lu}{2,}[\\p{Lu} .'’-]*|\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]*)?,\\s+"
            + "(?<date>[^—–()]{6,30}?\\d{4})\\s*[—–-]+\\s+");

    /** A picture's label after the words it is captioned with: " Illustrative photo (Photo: ...)", " File image". */
    private static final Pattern PICTURE_LABEL = Pattern.compile("(?i)\\s*(?:illustrative|illustration|file|archive|stock)\\s+(?:photo|image|picture)\\b");

    /**
     * Reads the lines before the first paragraph of prose: masthead, dateline, section labels,
     * byline and headline. Returns the index of the first body line.
     */
    private int readHeader(List<String> lines, Meta meta) {
        List<String> candidates = new ArrayList<>();
        String repeated = null; // a header line the page prints twice in a row
        int i = 0;
        int furniture = 0; // lines passed over as a page's furniture do not use up the header's eight lines
        for (; i < lines.size() && i - furniture < 8; i++) {
            String line = lines.get(i);
            // a photo caption above the headline is passed over; one under it opens the text
            if (candidates.isEmpty() && isProse(line) && (noticeAboveHeadline(lines, i) || teaserAboveHeadline(lines, i))) {
                continue;
            }
            if (isProse(line) && (LEAD_DATELINE.matcher(line).lookingAt() || !(candidates.isEmpty() && (restatedBelow(lines, i)
                    || captionBelow(lines, i) || bylineBelow(lines, i) || dateBelow(lines, i) || Boilerplate.isCaption(line))))) {
                break; // "LIMA: Peru's minister said ...": a sentence after a dateline opens the text, however the next line restates it
            }
            if (line.endsWith(":") && !candidates.isEmpty()) {
                break; // "The Guardian reports:" opens the body
            }
            if (countWords(line) <= 8 && meta.date == null && Dates.hasNumericDate(line)) {
                meta.date = Dates.find(line).orElse(null); // "WORLD 31/01/2022": its slashes make no breadcrumb
                if (meta.date != null) {
                    continue;
                }
            }
            if (readMetaFields(line, meta) || readCreditFields(line, meta)) {
                continue; // before navigation: "Outlet | Section | date" is a credit, not a menu
            }
            if (Boilerplate.isNavigation(line) && !echoedBelow(lines, i)) {
                furniture++;
                String[] parts = line.split("\\s+[|—–-]\\s+");
                if (meta.outletHint == null && parts.length > 1) {
                    meta.outletHint = parts[0].strip(); // "The Daily Example - News World Opinion ..."
                }
                continue;
            }
            if (Boilerplate.isCaption(line)) {
                // and its copy without the credit; not a headline the picture is labelled with ("<headline> Illustrative photo (Photo: X)")
                candidates.removeIf(c -> c.length() >= 20 && line.startsWith(c) && !PICTURE_LABEL.matcher(line).region(c.length(), line.length()).lookingAt());
                if (!candidates.isEmpty() && Character.isLowerCase(line.charAt(0))
                        && !SENTENCE_END.matcher(candidates.get(candidates.size() - 1)).find()) {
                    candidates.remove(candidates.size() - 1); // "People gather at the site of a strike targeting" / "the building ... [Photo/X]": one caption
                }
                continue; // a photo caption above the text is never the headline
            }
            if (Furniture.isFurniture(line) || sameText(line, meta.title) || EDITORIAL_NOTE.matcher(line).find() || Boilerplate.isControl(line)) {
                furniture++;
                continue;
            }
            if (Dates.isDateLine(line)) {
                meta.date = meta.date == null ? Dates.find(line).orElse(null) : meta.date;
                continue;
            }
            if (readCredit(line, meta) || readDatedByline(line, meta)) {
                continue;
            }
            Matcher by = BYLINE.matcher(line);
            if (by.matches()) {
                meta.byline = by.group("name").strip();
                if (by.group("outlet") != null && meta.publisher == null) {
                    meta.publisher = by.group("outlet").strip();
                }
                continue;
            }
            if (countWords(line) <= 8 && Dates.find(line).isPresent()) {
                meta.date = meta.date == null ? Dates.find(line).orElse(null) : meta.date; // "4 min read Jun 2, 2017"
                meta.publisher = meta.publisher == null ? mastheadBefore(line) : meta.publisher; // "THE EXAMPLE REVIEW   April 7, 2027"
                continue;
            }
            if (!candidates.isEmpty() && sameText(line, candidates.get(candidates.size() - 1))) {
                repeated = repeated == null && countWords(line) >= 3 ? candidates.get(candidates.size() - 1) : repeated;
                continue;
            }
            if (readIssuer(line, meta)) {
                continue;
            }
            if (Dates.isPlaceAndDay(line)) {
                continue; // "Quito, April 6": a dateline on a line of its own, no headline
            }
            if (LIST_ITEM.matcher(line).lookingAt() && (countWords(line) <= 2 || countWords(line) <= 4 && menuItemBeside(lines, i))) {
                furniture++;
                continue; // a list item of a word or two above the text, or a short one in a run of them: a share bar's button, a menu
            }
            candidates.add(line);
        }
        // The headline is the first candidate of five words or more (a standfirst may follow it), else the
        // longest; a short title-cased line above it is the masthead.
        String title = null;
        for (int k = candidates.size() - 2; k >= 0; k--) {
            if (REFERENCE_CODE.matcher(candidates.get(k)).matches()
                    && candidates.subList(k + 1, candidates.size()).stream().anyMatch(c -> countWords(c) >= 5)) {
                candidates.subList(0, k + 1).clear(); // "SC/16021" under a meeting's label: the document's heading comes after its symbol
                break;
            }
        }
        // a statement's letterhead names who issued it, above its heading or, on a dated release without one, alone (a state's
        // name of up to two words after its last "of": "GOVERNMENT OF PERU QUITS TREATY" is a headline)
        boolean headed = candidates.size() > 1 || i < lines.size() && meta.publisher == null && meta.date != null && candidates.size() == 1
                && countWords(candidates.get(0).replaceFirst("(?is)^.*\\bof\\s+(?:the\\s+)?", "")) <= 2;
        if (headed && !candidates.isEmpty() && LETTERHEAD.matcher(candidates.get(0)).matches()) {
            String letterhead = candidates.remove(0);
            meta.publisher = meta.publisher == null ? Names.titleCase(letterhead) : meta.publisher;
        } else if (headed && !candidates.isEmpty() && ISSUER.matcher(candidates.get(0)).matches()) {
            String issuer = candidates.remove(0); // "Ministry of Foreign Affairs of Iceland" over a release's heading
            meta.publisher = meta.publisher == null ? issuer : meta.publisher;
        }
        if (repeated != null && i < lines.size() && captionTwiceUnderHeadline(candidates, repeated, lines.get(i))) {
            String caption = repeated;
            candidates.removeIf(c -> c == caption);
            repeated = null;
        }
        String once = repeated;
        if (repeated != null && isMasthead(repeated) && candidates.stream().dropWhile(c -> c != once).skip(1)
                .anyMatch(c -> headlineShaped(c, 5))) {
            repeated = null; // "The Harbour Courier" over the menu and again under it, the headline further down: a masthead
        }
        String twice = repeated != null ? repeated : repeatedCandidate(candidates);
        if (twice != null) {
            candidates.removeIf(c -> c != twice && (fold(c).startsWith(fold(twice)) || fold(c).endsWith(fold(twice)))); // printed twice
        }
        if (twice == null && i < lines.size()) {
            dropUnechoedAboveHeadline(candidates, lines.get(i));
        }
        for (String c : candidates) {
            if (twice != null) {
                title = twice;
                break;
            }
            if (countWords(c) >= 5) {
                title = c;
                break;
            }
            if (countWords(c) >= 3 && (title == null || c.length() > title.length())) {
                title = c;
            }
        }
        if (title == null && candidates.size() == 1 && i < lines.size()) {
            title = candidates.get(0);
        }
        boolean afterTitle = false;
        for (String c : candidates) {
            boolean letterhead = LETTERHEAD.matcher(c).matches();
            if (afterTitle && meta.publisher == null && (isMasthead(c) && SourceDetector.OUTLET_NAME.matcher(c).matches()
                    || ISSUER.matcher(c).matches() || letterhead)) {
                // "The Example Tribune" on its own line under the headline; a ministry under a briefing's heading
                meta.publisher = letterhead ? Names.titleCase(c) : c;
            } else if (afterTitle) {
                meta.standfirst.add(c); // a standfirst or reaction line under the headline is article text
            } else if (c.equals(title)) {
                afterTitle = true;
            } else if (meta.publisher == null && isMasthead(c)) {
                meta.publisher = c;
            }
        }
        meta.title = withoutBreadcrumb(title);
        return i;
    }

    /**
     * A photo's alt text and caption, one line printed twice under the headline: a line of five words or more above it shares
     * more of its longer words with the lead than the repeated line does.
     */
    private static boolean captionTwiceUnderHeadline(List<String> candidates, String repeated, String lead) {
        Set<String> leadWords = longWords(lead);
        for (String c : candidates) {
            if (c == repeated) {
                return false;
            }
            if (countWords(c) >= 5) {
                return echo(c, leadWords) > echo(repeated, leadWords);
            }
        }
        return false;
    }

    /**
     * Drops the first headline-sized line when the lead uses none of its longer words while a later one echoes the lead
     * for half its words or more: a site's banner or list of sections above the headline ("Audio Posts and Shared Links ...").
     */
    private static void dropUnechoedAboveHeadline(List<String> candidates, String lead) {
        Set<String> leadWords = longWords(lead);
        List<String> sized = candidates.stream().filter(c -> countWords(c) >= 5).toList();
        if (sized.size() >= 2 && longWords(sized.get(0)).size() >= 4 && echo(sized.get(0), leadWords) == 0
                && sized.stream().skip(1).anyMatch(c -> echo(c, leadWords) >= 0.5)) {
            String banner = sized.get(0);
            candidates.removeIf(c -> c == banner);
        }
    }

    /** The share of a line's longer words that another text uses. */
    private static double echo(String line, Set<String> other) {
        Set<String> words = longWords(line);
        return words.isEmpty() ? 0 : words.stream().filter(other::contains).count() / (double) words.size();
    }

    /**
     * The first header line of five words or more that the header prints again (the page's title and its headline), alone or
     * with short labels run onto it ("... | Conflict News" and "... | Conflict News news", "HomeNewsChile signs ..." and "Chile
     * signs ...", "Current:Home > WorldChile signs ... -Site"), the shorter of the two; or null.
     */
    private static String repeatedCandidate(List<String> candidates) {
        for (int a = 0; a < candidates.size(); a++) {
            for (int b = a + 1; b < candidates.size(); b++) {
                String x = fold(candidates.get(a));
                String y = fold(candidates.get(b));
                String shorter = x.length() <= y.length() ? candidates.get(a) : candidates.get(b);
                // "HomeNewsHeadline" and "Headline"; a breadcrumb before it and the site's name after it: "Home > WorldHeadline -Site"
                boolean glued = x.contains(y) || y.contains(x);
                if (countWords(shorter) >= 5 && glued && Math.abs(countWords(x) - countWords(y)) <= 4) {
                    return shorter;
                }
            }
        }
        return null;
    }

    /**
     * "Ukraine says it is bringing a complaint about the bans." above "Ukraine said on Monday it was filing a complaint ...": a
     * headline written as a sentence, which the lead under it restates (most of its longer words again).
     */
    private static boolean restatedBelow(List<String> lines, int i) {
        if (i + 1 >= lines.size() || countWords(lines.get(i)) > 25) {
            return false;
        }
        Set<String> headline = longWords(lines.get(i));
        Set<String> lead = longWords(lines.get(i + 1));
        long shared = headline.stream().filter(lead::contains).count();
        return headline.size() >= 4 && shared * 2 >= headline.size() && countWords(lines.get(i + 1)) > countWords(lines.get(i));
    }

    /**
     * A long title-case line most of whose longer words the text under it uses again: a headline ("Chile Bans All Peruvian Fish As
     * ..."), not a menu of section names.
     */
    private static boolean echoedBelow(List<String> lines, int i) {
        Set<String> words = longWords(lines.get(i));
        Set<String> below = longWords(String.join(" ", lines.subList(i + 1, Math.min(lines.size(), i + 6))));
        return words.size() >= 4 && words.stream().filter(below::contains).count() * 2 > words.size();
    }

    /**
     * A site's notice in prose at the top of the page ("This theme's licence is not activated ..."), right above a headline whose
     * words the text under it uses again while the notice's words appear nowhere in that text: furniture above the headline.
     */
    private static boolean noticeAboveHeadline(List<String> lines, int i) {
        if (i + 2 >= lines.size() || !headlineShaped(lines.get(i + 1), 5) || !echoedBelow(lines, i + 1)) {
            return false;
        }
        Set<String> notice = longWords(lines.get(i));
        Set<String> below = longWords(String.join(" ", lines.subList(i + 1, Math.min(lines.size(), i + 7))));
        return notice.size() >= 6 && notice.stream().filter(below::contains).count() * 5 < notice.size();
    }

    /**
     * A summary line above a headline that the page prints again under it: the copy above is a teaser, the one below the text's
     * first paragraph.
     */
    private static boolean teaserAboveHeadline(List<String> lines, int i) {
        return i + 2 < lines.size() && headlineShaped(lines.get(i + 1), 4)
                && lines.subList(i + 2, Math.min(lines.size(), i + 5)).stream().anyMatch(l -> sameText(l, lines.get(i)));
    }

    /** A short list item without a sentence's end stands next to the line: "• Online Edition" in a menu's run of entries. */
    private static boolean menuItemBeside(List<String> lines, int i) {
        return i > 0 && shortItem(lines.get(i - 1)) || i + 1 < lines.size() && shortItem(lines.get(i + 1));
    }

    private static boolean shortItem(String line) {
        return LIST_ITEM.matcher(line).lookingAt() && countWords(line) <= 4 && !SENTENCE_END.matcher(line).find();
    }

    /** A line shaped as a headline: no prose, from {@code minWords} to 25 words, no sentence's end. */
    private static boolean headlineShaped(String line, int minWords) {
        int words = countWords(line);
        return !isProse(line) && words >= minWords && words <= 25 && !SENTENCE_END.matcher(line).find();
    }

    /** "Example states sign the pact and end the dispute." over "By Ann Example": a headline written as a sentence, its byline under it. */
    private static boolean bylineBelow(List<String> lines, int i) {
        return i + 1 < lines.size() && countWords(lines.get(i)) <= 25 && BYLINE.matcher(lines.get(i + 1)).matches();
    }

    /** "Peru loses an ally. Chile opens ties with Bolivia" over a line that holds only the date: a headline of two sentences. */
    private static boolean dateBelow(List<String> lines, int i) {
        return i + 1 < lines.size() && countWords(lines.get(i)) <= 25 && Dates.isDateLine(lines.get(i + 1));
    }

    /** "Example states warn the bloc against force." over a photo caption: a headline written as a sentence, with its picture under it. */
    private static boolean captionBelow(List<String> lines, int i) {
        return i + 1 < lines.size() && countWords(lines.get(i)) <= 25 && Boilerplate.isCaption(lines.get(i + 1));
    }

    private static Set<String> longWords(String line) {
        Set<String> out = new HashSet<>();
        for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w); // "says" and "said" differ, "complaint" and "complaints" agree
            }
        }
        return out;
    }

    /** A line of running prose (not a headline): long, or ending like a sentence. */
    private static boolean isProse(String line) {
        int words = countWords(line);
        if (titleCased(line)) {
            return false; // "White House Dismisses Claim as “Meritless”" is a headline
        }
        // a closing quotation mark ends a sentence after its full stop ("... “a sovereign matter.”"); after a word it closes a headline's
        // quoted phrase: "Peru calls its exit a ‘sovereign matter’"
        return words >= 25 || (words >= 12 && line.matches(".*(?:[.!)]|[.!?][\"”’]+)$") && !line.endsWith("?"))
                || words >= 12 && INNER_SENTENCE_END.matcher(line).find(); // "Peru has ... summit. What we know so far 🧵": two sentences
    }

    /** A sentence's end inside a line, before another sentence. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}\\p{Ll}");

    /** Most words capitalised, as in a headline written in title case. */
    private static boolean titleCased(String line) {
        String[] words = line.split("\\s+");
        long capitalised = Arrays.stream(words).filter(w -> !w.isEmpty() && !Character.isLowerCase(w.charAt(0))).count();
        return words.length >= 6 && capitalised >= 0.7 * words.length;
    }

    /** Section names joined by a separator: "World | Asia Pacific", "News › Region". */
    private static final Pattern SECTION_PATH = Pattern.compile("\\S\\s+[|›»>/]\\s+\\S");

    /** A year that ends a line: "... News 2024" is a banner's or a notice's, no outlet's name. */
    private static final Pattern YEAR_END = Pattern.compile("\\b(?:19|20)\\d{2}\\s*$");

    /** A bullet opening a line: an item of a list (a share bar's buttons, a menu), no masthead. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*[" + Furniture.BULLETS + "]");

    private static boolean isMasthead(String line) {
        int words = countWords(line);
        return words >= 1 && words <= 5 && !SECTION_PATH.matcher(line).find() && !line.matches(".*[.!?:;,]$") && !LIST_ITEM.matcher(line).lookingAt()
                && !YEAR_END.matcher(line).find() && line.chars().filter(Character::isLetter).findFirst().stream().allMatch(Character::isUpperCase)
                && Arrays.stream(line.split("\\s+")).allMatch(w -> w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.length() <= 3);
    }

    /** An outlet's masthead before the date on a print page's top line ("THE EXAMPLE REVIEW April 7, 2027"), title-cased; or null. */
    static String mastheadBefore(String line) {
        int date = Dates.startOf(line);
        if (date <= 0) {
            return null;
        }
        String before = line.substring(0, date).replaceAll("[\\s|—–,-]+$", "");
        String name = before.equals(before.toUpperCase(Locale.ROOT)) ? Names.titleCase(before) : before;
        return isMasthead(before) && SourceDetector.OUTLET_NAME.matcher(name).matches() ? name : null;
    }

    /** A body's name that begins with its head: "Institute for Example Studies", "Centre for Example Policy". */
    private static final Pattern BODY_NAME = Pattern.compile("(?:The\\s+)?(?:Institute|Centre|Center|Council|Foundation|Office|Programme|Program)"
            + "\\s+(?:for|of|on)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:and|of|the|for)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,5}");

    /** A note's mark set as a superscript: "1", "[12]", "*", "†", "a". */
    private static final Pattern NOTE_MARK = Pattern.compile("\\[?(?:\\d{1,3}|[*†‡§]|\\p{Ll})\\]?");

    /** An official document's symbol or reference on a line of its own: "SC/16021", "PR/2026/14", "Ref: EX/45". */
    private static final Pattern REFERENCE_CODE = Pattern.compile("(?:(?i:ref(?:erence)?|press release(?: no\\.?)?)\\s*:?\\s*)?"
            + "\\p{Lu}{1,6}(?:/[\\p{Lu}\\d.-]*\\d[\\p{Lu}\\d.-]*)+");

    /** A periodical's issue number closing its running head: "Example Monitor   Issue 14", "... | Vol. 3, No. 2". */
    private static final Pattern ISSUE_NUMBER = Pattern.compile("(?i)\\s*[|—–,-]?\\s*(?:(?:vol\\.|volume)\\s*\\d+\\s*,?\\s*)?"
            + "(?:issue|no\\.|number|edition)\\s*\\d+\\s*$");

    /**
     * A report's issuer and month (or issue number) over its title ("Institute for Example Studies   July 2026"): the issuer is the publisher
     * and the line no headline; true when the line was one.
     */
    private static boolean readIssuer(String line, Meta meta) {
        Matcher number = ISSUE_NUMBER.matcher(line);
        int month = number.find() ? number.start() : Dates.issueMonthStart(line);
        if (month <= 0 || countWords(line) > 10) {
            return false;
        }
        String name = line.substring(0, month).replaceAll("[\\s|—–,-]+$", "");
        if (!isMasthead(name) || !(SourceDetector.OUTLET_NAME.matcher(name).matches() || BODY_NAME.matcher(name).matches())) {
            return false;
        }
        meta.publisher = meta.publisher == null ? name : meta.publisher;
        return true;
    }

    /** Reads an "Outlet — date" credit line into the metadata; true when the line was one. */
    private static boolean readCredit(String line, Meta meta) {
        Matcher m = OUTLET_DATE.matcher(line);
        if (!m.matches() || !Dates.isDateLine(m.group("date"))) {
            m = DATE_OUTLET.matcher(line); // "28 January 2025 - The Example Herald"
            if (!m.matches() || !Dates.isDateLine(m.group("date")) || !isMasthead(m.group("outlet"))) {
                return false;
            }
        }
        String outlet = collapseRepeat(m.group("outlet").strip());
        if (countWords(outlet) > 6 || BYLINE.matcher(outlet).matches()) {
            return false; // "By Ana Ruiz | 12 March 2026" is a byline and a date, read as fields
        }
        if (meta.publisher == null) {
            meta.publisher = outlet;
        }
        if (meta.date == null) {
            meta.date = Dates.find(m.group("date")).orElse(null);
        }
        return true;
    }

    /**
     * A byline and its date after a comma or "on": "By Ana Ruiz, March 5, 2026", "By Ana Ruiz and Juan Perez, 5 March 2026",
     * "By Ana Ruiz, The Wire on March 5, 2026.".
     */
    private static final Pattern DATED_BYLINE = Pattern.compile("^(?<by>.{4,120}?)(?:,|\\s+on)\\s+(?<date>\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\.?\\s*$");

    /** Reads a byline with its date after a comma into the metadata; true when the line was one. */
    private static boolean readDatedByline(String line, Meta meta) {
        Matcher m = DATED_BYLINE.matcher(line.strip());
        if (!m.matches() || !Dates.isDateLine(m.group("date"))) {
            return false;
        }
        Matcher by = BYLINE.matcher(m.group("by"));
        if (!by.matches() || by.group("outlet") != null) {
            return false;
        }
        meta.byline = meta.byline == null ? by.group("name").strip() : meta.byline;
        meta.date = meta.date == null ? Dates.find(m.group("date")).orElse(null) : meta.date;
        return true;
    }

    /** A field of a credit line: "Outlet | Section › Subsection | date". */
    private static final Pattern CREDIT_FIELD = Pattern.compile("\\s*[|]\\s*|\\s+[•·]\\s+");

    /** "Example Post | World › Asia | March 3, 2025": short fields, one of them the date, the first the outlet. */
    private static boolean readCreditFields(String line, Meta meta) {
        String[] fields = CREDIT_FIELD.split(line.strip());
        if (fields.length < 3 || fields.length > 5 || Arrays.stream(fields).anyMatch(f -> countWords(f) > 6)) {
            return false;
        }
        for (String field : fields) {
            if (Dates.isDateLine(field)) {
                if (meta.date == null) {
                    meta.date = Dates.find(field).orElse(null);
                }
                if (meta.publisher == null && !Dates.isDateLine(fields[0]) && !Furniture.isFurniture(fields[0])) {
                    meta.publisher = collapseRepeat(fields[0].strip());
                }
                return true;
            }
        }
        return false;
    }

    /** The label before an outlet's name in a credit line, and the name: "Source: Example Monitor", "Source: Wire". */
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?i)^\\s*source:\\s*");
    private static final Pattern OUTLET_FIELD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4}\\s*");
    /** "Source: The Example Review", "Source: The Example Review, 15 May 2026": the outlet a text credits, and its date. */
    private static final Pattern SOURCE_CREDIT = Pattern.compile("(?i:source):\\s*(?<outlet>" + OUTLET_FIELD.pattern() + ")(?:,\\s*(?<date>[^,]{6,30}))?\\.?\\s*");

    private static String withoutSourceLabel(String field) {
        return SOURCE_LABEL.matcher(field).replaceFirst("");
    }

    /** A field of a meta line that is one capitalised word: an outlet's name ("Wire") or a section's. */
    private static final Pattern ONE_WORD_FIELD = Pattern.compile("\\s*\\p{Lu}[\\p{L}.&'’-]+\\s*");

    /** A field of a meta line that is a name: two to five capitalised words ("Ana Ruiz", "The Example Monitor"). */
    private static final Pattern NAME_FIELD = Pattern.compile("\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,4}\\s*");

    /**
     * "12.03.2026 · 4 min read", "By Ana Ruiz | 3 min read | 12 March 2026", "Ana Ruiz · 12 March 2026": a line of two or more
     * short fields each a date, a byline, one name or furniture (a reading time, a label) is the article's metadata; true when
     * the line was one.
     */
    private static boolean readMetaFields(String line, Meta meta) {
        String[] fields = CREDIT_FIELD.split(line.strip());
        if (fields.length < 2 || fields.length > 5) {
            return false;
        }
        LocalDate date = null;
        String byline = null;
        List<String> names = new ArrayList<>();
        String outlet = null;
        String word = null;
        for (String field : fields) {
            Matcher by = BYLINE.matcher(field);
            if (by.matches() && by.group("outlet") == null) {
                byline = byline == null ? by.group("name").strip() : byline;
                continue;
            }
            LocalDate found = countWords(field) <= 6 && (Dates.isDateLine(field) || Dates.hasNumericDate(field)) ? Dates.find(field).orElse(null) : null;
            if (found != null) {
                date = date == null ? found : date;
            } else if (SOURCE_LABEL.matcher(field).lookingAt() && OUTLET_FIELD.matcher(withoutSourceLabel(field)).matches()) {
                outlet = withoutSourceLabel(field).strip(); // "Source: Example Monitor | 26 August 2023"
            } else if (NAME_FIELD.matcher(field).matches() && !Furniture.isFurniture(field)) {
                names.add(field.strip()); // "Ana Ruiz · 12 March 2026": a name without "By"
            } else if (ONE_WORD_FIELD.matcher(field).matches() && !Furniture.isFurniture(field) && word == null) {
                word = field.strip(); // "Wire | Updated: 2026-03-02 08:15": an outlet, if the gazetteer knows it, or a section
            } else if (!Furniture.isFurniture(field)) {
                return false;
            }
        }
        if (date == null && byline == null || date == null && (!names.isEmpty() || word != null) || names.size() > 1) {
            return false; // "Menu | Search": navigation, not metadata; "Chile | Peru": names alone
        }
        meta.outletHint = meta.outletHint == null ? word : meta.outletHint;
        meta.publisher = meta.publisher == null ? outlet : meta.publisher;
        for (String name : names) {
            if (SourceDetector.OUTLET_NAME.matcher(name).matches()) {
                meta.publisher = meta.publisher == null ? name : meta.publisher; // "The Example Monitor · 3 March 2026"
            } else {
                byline = byline == null ? name : byline;
            }
        }
        meta.date = meta.date == null ? date : meta.date;
        meta.byline = meta.byline == null ? byline : meta.byline;
        return true;
    }

    /**
     * The name of a byline element whose text holds other fields too: "By Ana Ruiz · 2h ago", "Ana Ruiz | 3 March 2026 | 4 min
     * read" give "Ana Ruiz"; fields that are a date or furniture are dropped.
     */
    private static String bylineField(String text) {
        List<String> kept = Arrays.stream(CREDIT_FIELD.split(text)).map(f -> f.replaceFirst("(?i)^by\\s+", "").strip())
                .filter(f -> !f.isEmpty() && !Furniture.isFurniture(f) && !(countWords(f) <= 6 && (Dates.isDateLine(f) || Dates.hasNumericDate(f))))
                .toList();
        return kept.size() == 1 ? kept.get(0) : text.replaceFirst("(?i)^by\\s+", "").strip();
    }

    /** A time stamp that names its author: "Posted on March 10, 2026 by Ana Ruiz", "Published 29/01/2024 by Ana Ruiz". */
    private static final Pattern STAMPED_BYLINE = Pattern.compile("^(?i:published|posted|updated)(?:\\s+on)?:?\\s+(?<date>.{6,40}?)\\s+(?i:by)\\s+"
            + "(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})$");
    /** A place before a date: "Lima, 11 February 2026", "Lima, Peru – February 11, 2026". */
    private static final Pattern PLACE_DATE = Pattern.compile("^\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:,\\s+\\p{Lu}[\\p{L}.'’ -]{1,40}?)?(?:,|\\s+[–—-])\\s+(.+)$");
    /** A letterhead in capitals: the issuing body of a statement ("MINISTRY OF FOREIGN AFFAIRS OF PERU", "EMBASSY OF CHILE"). */
    private static final Pattern LETTERHEAD = Pattern.compile("^(?:THE\\s+)?(?:[\\p{Lu}'’.&-]+\\s+)*(?:"
            + Names.STATE_BODY_HEADS.toUpperCase(Locale.ROOT) + "|COUNCIL|COMMISSION)\\b[\\p{Lu}\\s'’.,&-]*$");

    /** A state body's name written as a name: "Ministry of Foreign Affairs of Example", "Embassy of Example in Lima". */
    private static final Pattern ISSUER = Pattern.compile("^(?:The\\s+)?(?:\\p{Lu}[\\p{L}'’.&-]*\\s+){0,3}(?:" + Names.STATE_BODY_HEADS
            + ")(?:\\s+(?:of|for|and|in|to)(?:\\s+the)?\\s+\\p{Lu}[\\p{L}'’.&-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.&-]*)*)+$");

    /** The date found, else one the title gives in full: "Regular Press Conference on March 6, 2026". */
    private static LocalDate dateOrTitleDate(Meta meta) {
        return meta.date != null || meta.title == null ? meta.date : Dates.find(meta.title).orElse(null);
    }

    /** "The New Arab The New Arab" becomes "The New Arab". */
    static String collapseRepeat(String s) {
        String[] words = s.split("\\s+");
        if (words.length % 2 == 0) {
            int half = words.length / 2;
            boolean repeated = true;
            for (int k = 0; k < half && repeated; k++) {
                repeated = words[k].equals(words[k + half]);
            }
            if (repeated) {
                return String.join(" ", Arrays.copyOf(words, half));
            }
        }
        return s;
    }

    private boolean keepAsBody(String line, Meta meta) {
        Matcher owner = COPYRIGHT.matcher(line);
        if (owner.matches() && meta.publisher == null && countWords(owner.group("owner")) <= 6) {
            meta.publisher = owner.group("owner").strip(); // "© 2024 The Daily Example. All rights reserved."
        }
        if (readCredit(line, meta) || readMetaFields(line, meta) || readCreditFields(line, meta) || readDatedByline(line, meta)) {
            return false; // before furniture: "Page 4 | The Example Chronicle | Friday, November 6, 2026" is a credit, not a menu
        }
        if (Furniture.isFurniture(line) || sameText(line, meta.title)) {
            return false;
        }
        Matcher by = BYLINE.matcher(line);
        if (by.matches()) {
            meta.byline = meta.byline == null ? by.group("name").strip() : meta.byline;
            return false;
        }
        Matcher credited = SOURCE_CREDIT.matcher(line);
        if (credited.matches() && (credited.group("date") == null || Dates.find(credited.group("date")).isPresent())) {
            meta.publisher = meta.publisher == null ? credited.group("outlet").strip() : meta.publisher;
            meta.date = meta.date == null && credited.group("date") != null ? Dates.find(credited.group("date")).orElse(null) : meta.date;
            return false; // "Source: The Example Review, 15 May 2026" closing a text
        }
        Matcher stamped = STAMPED_BYLINE.matcher(line);
        if (stamped.matches() && Dates.find(stamped.group("date")).isPresent()) {
            meta.date = meta.date == null ? Dates.find(stamped.group("date")).orElse(null) : meta.date;
            meta.byline = meta.byline == null ? stamped.group("name").strip() : meta.byline;
            return false; // "Posted on March 10, 2026 by Ana Ruiz"
        }
        Matcher placeDate = PLACE_DATE.matcher(line);
        if (Dates.isDateLine(line) || placeDate.matches() && Dates.isDateLine(placeDate.group(1))) {
            if (meta.date == null) {
                meta.date = Dates.find(line).orElse(null);
            }
            return false; // "Lima, 11 February 2026" closing a statement
        }
        return true;
    }

    private static boolean sameText(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    /** Quotation marks removed, white space folded to single spaces, trimmed, lower case (one pass: it runs on every line). */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("‘’'“”\"".indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    // ---- HTML -------------------------------------------------------------------------------

    /**
     * True when the page's copyright notice (wherever it stands: a footer, or a table cell of an older page), its logo or its link
     * home names the outlet: a title's suffix confirmed as the page's owner.
     */
    private static boolean ownedBy(Document page, String outlet) {
        if (!outlet.matches("[\\p{Lu}\\d][\\p{L}\\d'’.&-]*(?:\\s+(?:(?:of|the|and|de|del|la|el|du|des|di|da)\\s+)?[\\p{Lu}\\d][\\p{L}\\d'’.&-]*){0,4}\\s*")) {
            // capitalised words, and the small words between them ("Diario del Ejemplo")
            return false;
        }
        String name = Pattern.quote(outlet);
        // "© 2024 Andes Courier", "Copyright © 2024 Andes Courier", "Andes Courier © 2024"
        Pattern notice = Pattern.compile("(?:©|(?i:copyright))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?" + name + "\\b"
                + "|\\b" + name + "\\s*(?:©|\\((?i:c)\\))");
        for (Element e : page.select(query("[class*=logo], [id*=logo], [class*=masthead], a[href=/], a[rel=home]"))) {
            if (e.text().strip().equals(outlet)) {
                return true; // the logo, or the link home, bears the name
            }
        }
        return page.body() != null && notice.matcher(page.body().text()).find();
    }

    /**
     * A heading that is the site's logo, not the article's headline: of class logo or site title, or a link home, or the title tag's
     * whole text ("<h1 class="logo"><a href="/">Example Courier</a></h1>" on an older page whose headline is an h2).
     */
    private static boolean isLogo(Document page, Element heading) {
        String text = heading.text().strip();
        return heading.is(query("[class*=logo], [class*=site-title], [class*=site-name], [class*=brand]"))
                || heading.selectFirst(query("a[href=/], a[rel=home]")) != null && heading.select("a").text().strip().equals(text)
                || text.equals(page.title().strip()) && page.selectFirst(query("[class*=entry-title], [class*=post-title], article h2")) != null;
    }

    /** Elements outside the text's blocks that hold a time stamp or a stamp with its author: class date, meta, byline, ... */
    private static final String STAMP_ELEMENTS = "[class*=date], [class*=publish], [class*=timestamp], [id*=date], [class*=meta], [class*=byline], "
            + "[class*=submitted], [class*=posted]";

    /** An edition or language after an outlet's name: "(English edition)", "(International)". */
    private static final Pattern EDITION = Pattern.compile("\\s*\\([^()]{1,30}\\)\\s*$");

    ParsedDocument readHtml(String html) {
        Document page = Jsoup.parse(html);
        Meta meta = new Meta();
        meta.publisher = firstMeta(page, "meta[property=og:site_name]", "meta[name=application-name]", "meta[name=publisher]",
                "meta[name=citation_publisher]", "meta[name=DC.publisher]", "meta[name=dcterms.publisher]"); // a paper's or report's tags too
        JsonLd data = JsonLd.read(page.select(query("script[type=application/ld+json]")).stream().map(Element::data).toList());
        if (meta.publisher == null) { // microdata: <span itemprop="publisher" ...><span itemprop="name">Outlet</span></span>
            Element publisher = page.selectFirst(query("[itemprop=publisher] [itemprop=name]"));
            String name = publisher == null ? "" : publisher.hasAttr("content") ? publisher.attr("content") : publisher.text();
            meta.publisher = name.isBlank() ? null : name.strip();
        }
        if (meta.publisher == null) {
            meta.publisher = Optional.ofNullable(data.name("publisher"))
                    .orElseGet(() -> jsonLd(page, "\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"")); // a script no parser reads
        }
        meta.title = firstMeta(page, "meta[property=og:title]", "meta[name=twitter:title]");
        if (meta.title == null) {
            Element h1 = page.select(query("article h1, h1")).stream().filter(h -> !isLogo(page, h)).findFirst()
                    .orElseGet(() -> page.selectFirst(query("[class*=entry-title], [class*=post-title], [class*=article-title], article h2")));
            Element logo = page.select(query("h1")).stream().filter(h -> isLogo(page, h)).findFirst().orElse(null);
            if (meta.publisher == null && logo != null && ownedBy(page, logo.text().strip())) {
                meta.publisher = logo.text().strip(); // the logo heading, confirmed by the page's notice
            }
            // no headline element (a page its scripts write): the structured data's headline, else the title tag's
            meta.title = h1 != null && !h1.text().isBlank() ? h1.text().strip()
                    : Optional.ofNullable(data.text("headline")).map(String::strip).filter(h -> !h.isEmpty())
                            .orElseGet(() -> titleFromTitleTag(page, meta.publisher));
        }
        if (meta.publisher == null) {
            String[] parts = Furniture.clean(page.title()).split("\\s+[|—–-]\\s+");
            // "Headline — Example Daily (English edition)": the outlet without its edition
            meta.outletHint = parts.length > 1 ? EDITION.matcher(parts[parts.length - 1]).replaceFirst("") : null;
            if (meta.outletHint != null && (ownedBy(page, meta.outletHint) || ISSUER.matcher(meta.outletHint.strip()).matches()
                    || isMasthead(meta.outletHint.strip()) && SourceDetector.OUTLET_NAME.matcher(meta.outletHint.strip()).matches()
                        && !Furniture.isFurniture(meta.outletHint))) {
                // "Headline | Andes Daily" with "Andes Daily © 2024" at the foot of the page; "Statement - Ministry of Foreign
                // Affairs": a state body's own page; "Headline | The Andes Post": a name only an outlet has (not "World News")
                meta.publisher = meta.outletHint.strip();
            }
        }
        String date = firstMeta(page, "meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
                "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]",
                "meta[name=citation_publication_date]", "meta[name=citation_date]", "meta[name=citation_online_date]", "meta[name=dcterms.issued]");
        if (date == null) {
            Element time = page.selectFirst(query("article time[datetime], time[datetime]"));
            date = time != null ? time.attr("datetime")
                    : Optional.ofNullable(data.text("datePublished")).orElseGet(() -> jsonLd(page, "\"datePublished\"\\s*:\\s*\"([^\"]+)\""));
        }
        meta.date = Dates.parseIso(date).orElse(null);
        meta.title = withoutSiteName(meta.title == null ? null : WIRE_SLUG.matcher(meta.title).replaceFirst(""), meta.publisher);
        meta.byline = firstMeta(page, "meta[name=author]", "meta[property=article:author]");
        if (meta.byline == null) {
            Element by = page.selectFirst(query("[rel=author], .byline, .author-name, [itemprop=author], .author"));
            String name = by == null ? "" : bylineField(by.text().strip());
            meta.byline = name.isEmpty() || name.length() > 80 ? null : name; // not an author's biography
        }
        if (meta.byline == null) {
            meta.byline = data.names("author"); // "author": {"@id": "#jane"} in the structured data, every author of a list
        }

        String articleBody = Optional.ofNullable(data.text("articleBody")).orElseGet(() -> Optional.ofNullable(
                jsonLd(page, "\"articleBody\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")).map(DocumentReader::unescapeJson).orElse(null));
        // an article's own header holds its time stamp and byline: read them before the page's headers go
        List<String> headerLines = page.select(query("article header")).stream()
                .flatMap(h -> h.select(query("div, p, span, time")).stream()).map(e -> e.text().strip()).toList();
        page.select(query("script, style, noscript, template, svg, nav, header, footer, aside, form, iframe, button, select, input, figure, figcaption, "
                + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]")).remove();
        for (Element e : page.select(query("[class], [id]"))) {
            if (e.parent() != null && (NON_CONTENT.matcher(e.className()).find() || NON_CONTENT.matcher(e.id()).find())
                    && !e.tagName().equals("body") && !e.tagName().equals("html")) {
                e.remove();
            }
        }
        removeContents(page);
        // "From: Ministry of ... / Published: 3 May 2026": a page's list of its own metadata, no text of the article
        for (Element dl : page.select(query("dl"))) {
            List<Element> labels = dl.select(query("dt"));
            if (labels.isEmpty() || !labels.stream().allMatch(dt -> META_LABEL.matcher(dt.text().strip()).matches())) {
                continue;
            }
            for (Element dt : labels) {
                Element value = dt.nextElementSibling();
                if (meta.date == null && value != null && value.is(query("dd")) && PUBLISHED_LABEL.matcher(dt.text().strip()).matches()) {
                    meta.date = Dates.find(value.text()).orElse(null);
                }
            }
            dl.remove();
        }
        // a note's mark after a word ("not a surprise.<sup>1</sup>"): no part of the sentence
        page.select(query("sup")).stream().filter(e -> NOTE_MARK.matcher(e.text().strip()).matches()).forEach(Element::remove);
        Element root = articleRoot(page);
        List<String> paragraphs = new ArrayList<>();
        if (root != null) {
            List<Element> blocks = root.select(query(BLOCKS)).stream().filter(b -> b.select(query(BLOCKS)).size() <= 1).toList(); // inner blocks one by one
            if (countWords(root.text()) > 2 * blocks.stream().mapToInt(b -> countWords(b.text())).sum()) {
                readLooseText(root, paragraphs, meta); // most of the text stands outside paragraph elements: "text<br><br>text"
            } else {
                for (Element block : blocks) {
                    readBlock(block, paragraphs, meta);
                }
            }
            if (paragraphs.isEmpty()) {
                for (String line : root.wholeText().split("\\R")) {
                    addParagraph(paragraphs, line, meta);
                }
            }
        }
        // a page whose scripts write the text ("Loading…" until they run): the structured data's copy of it, when it says much more
        if (articleBody != null && 2 * paragraphs.stream().mapToInt(DocumentReader::countWords).sum() < countWords(articleBody)) {
            paragraphs.clear();
            for (String line : articleBody.split("\\R")) {
                addParagraph(paragraphs, line, meta);
            }
        }
        // Drop a trailing block of related links or comments, as in plain text.
        int total = paragraphs.stream().mapToInt(String::length).sum();
        int seen = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (Furniture.opensTail(paragraphs.get(i)) && seen >= total / 2) {
                paragraphs = new ArrayList<>(paragraphs.subList(0, i));
                break;
            }
            seen += paragraphs.get(i).length();
        }
        paragraphs = withoutBoilerplate(paragraphs, meta);
        readWireDateline(paragraphs, meta);
        if (meta.byline == null) { // "<div class="entry-meta">Posted on March 10, 2026 by <a>Ana Ruiz</a></div>" outside the text's blocks
            page.select(query(STAMP_ELEMENTS)).stream()
                    .map(e -> STAMPED_BYLINE.matcher(e.text().strip())).filter(m -> m.matches() && Dates.find(m.group("date")).isPresent())
                    .findFirst().ifPresent(m -> {
                        meta.byline = m.group("name").strip();
                        meta.date = meta.date == null ? Dates.find(m.group("date")).orElse(null) : meta.date;
                    });
        }
        if (meta.date == null) { // "<span class="date">Published 10/16/2026</span>" outside the text's blocks, or a line of its own in a
            // meta block: "<div class="meta">Jane Doe in Lima<br>Fri 6 Nov 2026 09.12 GMT</div>"
            meta.date = page.select(query(STAMP_ELEMENTS)).stream()
                    .flatMap(e -> Stream.concat(Stream.of(e.text()), e.textNodes().stream().map(TextNode::text)))
                    .map(String::strip).filter(t -> countWords(t) <= 8 && Dates.isDateLine(t)).findFirst()
                    .or(() -> headerLines.stream().filter(t -> countWords(t) <= 8 && Dates.isDateLine(t)).findFirst())
                    // else any short element's own text that is a time stamp: "<div class="submitted">Published on 29/01/2024 by ...</div>"
                    .or(() -> page.body() == null ? Optional.empty() : page.body().getAllElements().stream().map(Element::ownText)
                            .map(String::strip).filter(t -> countWords(t) <= 10 && Dates.isDateLine(t)).findFirst())
                    .flatMap(Dates::find).orElse(null);
        }
        return new ParsedDocument(meta.title, meta.publisher, dateOrTitleDate(meta), withoutAuthorLinks(meta.byline), paragraphs, meta.outletHint);
    }

    private void readBlock(Element block, List<String> paragraphs, Meta meta) {
        if (block.tagName().matches("h[1-6]")) {
            meta.headings.add(Furniture.clean(block.text()));
        } else if (block.selectFirst(query("br")) != null) {
            readLooseText(block, paragraphs, meta); // "<td>Headline<br>Posted: 3 May<br><br>First paragraph.<br><br>Second.</td>"
            return;
        }
        addParagraph(paragraphs, block.text(), meta);
    }

    /** Elements that run inside a line of text; any other element, and a line break, ends a run of loose text. */
    private static final Set<String> INLINE = Set.of("a", "b", "i", "em", "strong", "span", "font", "small", "sup", "sub", "u", "abbr",
            "cite", "q", "time", "mark", "s", "code", "bdi", "bdo", "label");

    /**
     * Reads blocks and the runs of text between them in page order, a run ending at a line break or at any element that is
     * not inline ("<div>First paragraph.<br><br>Second paragraph.</div>"). A run of fewer than four words is skipped unless it
     * ends a sentence ("Japan declined.").
     */
    private static final Pattern RUN_SENTENCE = Pattern.compile("\\p{L}[.!?][\"”’]?\\s*$");

    private void readLooseText(Element root, List<String> paragraphs, Meta meta) {
        StringBuilder run = new StringBuilder();
        Runnable flush = () -> {
            if (countWords(run.toString()) >= 4 || countWords(run.toString()) >= 2 && RUN_SENTENCE.matcher(run).find()) {
                addParagraph(paragraphs, run.toString(), meta);
            }
            run.setLength(0);
        };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    run.append(t.text());
                } else if (node instanceof Element e && node != root) {
                    if (e.is(query(BLOCKS)) && e.select(query(BLOCKS)).size() <= 1 && e.selectFirst(query("br")) == null) {
                        flush.run();
                        readBlock(e, paragraphs, meta);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (!INLINE.contains(e.tagName())) {
                        flush.run();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && !INLINE.contains(e.tagName())) {
                    flush.run();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush.run();
    }

    private void addParagraph(List<String> paragraphs, String text, Meta meta) {
        String line = Furniture.clean(text);
        if (line.isEmpty() || !keepAsBody(line, meta)) {
            return;
        }
        if (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(line)) {
            return;
        }
        paragraphs.add(line);
    }

    private static Element articleRoot(Document page) {
        Element best = null;
        for (Element candidate : page.select(query("[itemprop=articleBody], article, main, [role=main], .article-body, .post-content, .entry-content, .story-body"))) {
            if (best == null || candidate.text().length() > best.text().length() * 1.5) {
                best = candidate;
            }
        }
        return best != null ? best : page.body();
    }

    private static String firstMeta(Document page, String... selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(query(selector));
            if (e != null && !e.attr("content").isBlank()) {
                return Furniture.clean(e.attr("content"));
            }
        }
        return null;
    }

    /**
     * A table of contents out: a list whose items are each one link to a place on the same page ("Key events" of a live page),
     * with its heading when the two stand alone in their block.
     */
    private static void removeContents(Document page) {
        for (Element list : page.select(query("ul, ol"))) {
            List<Element> items = list.children();
            boolean contents = items.size() >= 2 && items.stream().allMatch(li -> {
                var anchors = li.select(query("a[href^=#]"));
                return anchors.size() == 1 && anchors.text().strip().equals(li.text().strip()) && !li.text().isBlank();
            });
            if (!contents) {
                continue;
            }
            Element block = list.parent();
            boolean alone = block != null && !block.tagName().matches("body|html|article|main") && block.children().size() <= 2
                    && block.children().stream().allMatch(c -> c == list || c.tagName().matches("h[1-6]"));
            (alone ? block : list).remove();
        }
    }

    /** A CSS query parsed once: parsing it again for every page cost as much as running it. */
    private static Evaluator query(String css) {
        return QUERIES.computeIfAbsent(css, QueryParser::parse);
    }

    /** A JSON string's content with its escapes resolved ("\\n", "\\"", "\\u00e9"), read by the JSON-P parser. */
    static String unescapeJson(String s) {
        try (JsonReader reader = Json.createReader(new StringReader("[\"" + s + "\"]"))) {
            return reader.readArray().getString(0);
        } catch (JsonException | ClassCastException e) {
            return s; // a malformed literal: its text as it stands
        }
    }

    private static String jsonLd(Document page, String regex) {
        Pattern p = Pattern.compile(regex, Pattern.DOTALL);
        for (Element script : page.select(query("script[type=application/ld+json]"))) {
            Matcher m = p.matcher(script.data());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** "Headline | Outlet" as an og:title: the outlet's name is not part of the headline. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        Matcher m = Pattern.compile("\\s+[|—–-]\\s+" + Pattern.quote(siteName) + "\\s*$", Pattern.CASE_INSENSITIVE).matcher(title);
        if (m.find() && m.start() > 0) {
            return title.substring(0, m.start());
        }
        // a newsletter's subject "Example Brief — Talks resume": the outlet before a dash, a bar or a colon
        Matcher before = Pattern.compile("^(?:the\\s+)?" + Pattern.quote(siteName.replaceFirst("(?i)^the\\s+", "")) + "\\s*(?:[|—–:]|\\s-)\\s*",
                Pattern.CASE_INSENSITIVE).matcher(title);
        return before.lookingAt() && before.end() < title.length() ? capitalised(title.substring(before.end())) : title;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Headline | Outlet" or "Headline - Outlet": the part that is not the site name. */
    private static String titleFromTitleTag(Document page, String siteName) {
        String title = Furniture.clean(page.title());
        if (title.isEmpty()) {
            return null;
        }
        String[] parts = title.split("\\s+[|—–-]\\s+");
        if (parts.length > 1) {
            String best = parts[0];
            for (String part : parts) {
                if (siteName != null && part.equalsIgnoreCase(siteName)) {
                    continue;
                }
                if (part.length() > best.length()) {
                    best = part;
                }
            }
            return best;
        }
        return title;
    }

    private static final class Meta {
        String title;
        String publisher;
        LocalDate date;
        String byline;
        String outletHint;
        final List<String> standfirst = new ArrayList<>();
        /** The texts of a page's heading elements: a heading is no byline, however much it looks like a name. */
        final Set<String> headings = new HashSet<>();
    }

    /** Convenience for callers that only hold text. */
    public ParsedDocument read(String fileName, String content) throws UnreadableDocumentException {
        return read(fileName, content.getBytes(StandardCharsets.UTF_8));
    }
}
