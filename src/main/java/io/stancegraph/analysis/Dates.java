package io.stancegraph.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds publication dates in the forms news pages use: ISO, "January 15, 2026", "15 January 2026", "15/01/2026". */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "((?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    /** "June 3, 2024", and with its weekday inside as some page banners print it: "September, Thursday 19, 2024". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?:\\b|(?<=\\p{Ll})(?=\\p{Lu}))" + MONTH + "(?:,?\\s+" + WEEKDAY + ")?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,\\s*|\\s+)(\\d{4})\\b");
    /** "31/01/2022", "05.04.2022": day first as most of the world writes it, unless only month first fits ("03/14/2023"). */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})(?<sep>[/.])(\\d{1,2})\\k<sep>(\\d{4})(?![\\d/.]|\\.\\d)");
    /** The days of the week and the months, as English text writes them. */
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    /** The months' abbreviations with a full stop after them in news writing ("Aug. 6"), May having none. */
    static final List<String> MONTH_ABBREVIATIONS = List.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
    private static final String TIME = "(?:\\s*[,|·•–—-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s*[A-Z]{2,4}|\\s*GMT[+-]?\\d*)?)?";
    /** A line that is nothing but a date (optionally with weekday, time, "Published"/"Updated"). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:(?:published|updated|posted|last updated)(?: on)?:?\\s*)?(?:" + WEEKDAY + "\\s*)?(?:"
                    + ISO.pattern() + "|" + MONTH_DAY_YEAR.pattern() + "|" + DAY_MONTH_YEAR.pattern() + "|" + NUMERIC.pattern()
                    + ")" + TIME
                    // "... 7:40 PM GMT Updated 3 hours ago", "... | Last updated: 10 March 2025", "| Updated 4:15 p.m. EST": an update stamp after it
                    + "(?:\\s*[|·•,–—-]?\\s*(?:last\\s+)?(?:updated|modified)\\b:?(?:[^.]|\\b[ap]\\.m\\.){0,40})?\\s*$");

    /** Where the weekday at token k begins, with the "on" before it ("on Monday"): k or k - 1. */
    static int dayOpening(List<Tokens.Token> tokens, int k) {
        return dayAt(tokens, k - 1) ? k - 1 : k;
    }

    /** True when tokens k and k + 1 are "on" and a weekday: "Peru on Monday lifted ...", "Chile on Wednesday warned". */
    static boolean dayAt(List<Tokens.Token> tokens, int k) {
        return k >= 0 && k + 1 < tokens.size() && tokens.get(k).lower().equals("on") && WEEKDAYS.contains(tokens.get(k + 1).text());
    }

    private Dates() {
    }

    /** The first date found anywhere in the text. */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<LocalDate> d = of(m.group(3), month(m.group(1)), m.group(2));
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<LocalDate> d = of(m.group(3), month(m.group(2)), m.group(1));
            if (d.isPresent()) {
                best = d;
            }
        }
        if (best.isEmpty() && (m = NUMERIC.matcher(text)).find()) { // the least certain form: only when no other is found
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            boolean monthFirst = first <= 12 && second > 12;
            best = of(m.group(4), String.valueOf(monthFirst ? first : second), String.valueOf(monthFirst ? second : first));
        }
        return best;
    }

    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b" + WEEKDAY + "\\s*$");

    /** Where the first date in the text begins, with a weekday written before it ("Friday, November 6, 2026"); -1 if none. */
    public static int startOf(String text) {
        int start = Integer.MAX_VALUE;
        for (Pattern p : List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                start = Math.min(start, m.start());
            }
        }
        if (start == Integer.MAX_VALUE) {
            return -1;
        }
        Matcher weekday = WEEKDAY_BEFORE.matcher(text.substring(0, start));
        return weekday.find() ? weekday.start() : start;
    }

    /** A month and a year closing a line, with no day: an issue's date ("Institute for Example Studies   July 2026"). */
    private static final Pattern ISSUE_MONTH = Pattern.compile("(?<!\\d\\s{0,3})\\b" + MONTH + "\\s+\\d{4}\\s*$");

    /** Where a closing month and year without a day ({@link #ISSUE_MONTH}) begins, or -1. */
    public static int issueMonthStart(String line) {
        Matcher m = ISSUE_MONTH.matcher(line);
        return m.find() ? m.start() : -1;
    }

    /** True when the text holds a numeric date ("31/01/2022"), whose slashes or dots are no separators of a breadcrumb. */
    public static boolean hasNumericDate(String text) {
        return text != null && NUMERIC.matcher(text).find();
    }

    private static final Pattern PLACE_AND_DAY = Pattern.compile("\\p{Lu}[\\p{L}.'’ -]{1,30},\\s+(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")");

    /** True when a place and a day of a month with no year are all a line says: a dateline ("Quito, April 6", "Lima, 6 May"). */
    static boolean isPlaceAndDay(String line) {
        return line != null && PLACE_AND_DAY.matcher(line.strip()).matches();
    }

    /** True when the whole line is a date(line) such as "Thursday, January 15, 2026 11:14 AM". */
    public static boolean isDateLine(String line) {
        return line != null && (line.length() < 80 && DATE_LINE.matcher(line.strip()).matches()
                // "Published: 20:27, July 26, 2023 | Updated: 21:04, July 26, 2023": a time stamp line, its first date the publication's
                || line.length() < 120 && STAMP.matcher(line).lookingAt() && !line.strip().endsWith(".") && find(line).isPresent());
    }

    /** "Published:", "Posted on", "Updated as of": the words that open a time stamp line. */
    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\s*(?:published|updated|posted|last updated|first published)(?:(?: on| date)?\\s*:|\\s+(?:on|at|as of)\\s|\\s+(?=\\d))");

    /** Parses an ISO date or date-time prefix ("2025-11-07T10:00:00Z"); empty when it is not one. */
    public static Optional<LocalDate> parseIso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value.strip());
        return m.lookingAt() ? of(m.group(1), m.group(2), m.group(3)) : find(value);
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer number = MONTHS.get(key.length() > 3 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
        return number == null ? "0" : number.toString();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
