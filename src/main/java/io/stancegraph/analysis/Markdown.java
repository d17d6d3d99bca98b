package io.stancegraph.analysis;

import java.util.regex.Pattern;

/**
 * Markdown markup read as the text it marks: a note app's or a crawler's export of an article ("# Headline", "*By Jane Doe |
 * 3 May 2026*", "**The lead.**", "[a link](/path)"). Plain text that does not look like Markdown is left as it is.
 */
final class Markdown {

    /** A heading, a link with its target, or text in double asterisks: enough to read the document as Markdown. */
    private static final Pattern SIGNAL = Pattern.compile("(?m)^#{1,6}\\s+\\S|\\[[^\\]\\n]+]\\([^)\\s]+\\)|\\*\\*\\S[^*\\n]*\\S\\*\\*");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+|\\s+#+\\s*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s{0,3}>\\s?");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}(?:[-*_]\\s*){3,}$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)\\s]+(?:\\s+\"[^\"]*\")?\\)");
    /** Emphasis around text, not an asterisk or underscore inside a word ("snake_case", "5*3"). */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*_])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");

    private Markdown() {
    }

    static boolean looksLike(String text) {
        return SIGNAL.matcher(text).find();
    }

    /** One line's text without its markup; a horizontal rule becomes an empty line. */
    static String plain(String line) {
        if (RULE.matcher(line).matches()) {
            return "";
        }
        String out = HEADING.matcher(line).replaceAll("");
        out = QUOTE_MARK.matcher(out).replaceFirst("");
        out = IMAGE.matcher(out).replaceAll("");
        out = LINK.matcher(out).replaceAll("$1");
        String before;
        do {
            before = out;
            out = EMPHASIS.matcher(out).replaceAll("$2");
        } while (!out.equals(before));
        return out;
    }
}
