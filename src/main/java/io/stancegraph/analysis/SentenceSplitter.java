package io.stancegraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits an article body into sentences with OpenNLP's English model (handles "U.S.",
 * "Washington D.C.", initials), then joins sentences that sit inside one open quotation so a
 * quote spanning sentences stays one unit. Paragraph breaks always end a sentence.
 */
public final class SentenceSplitter {

    private static final Pattern LIST_MARKER = Pattern.compile("(?:[-–—•*▪►✅✔☑➤>]+\\s*|\\d{1,2}[.)]\\s+)");
    static final String MODEL_RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceModel model;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " is not on the classpath");
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    /** Sentences of the body, in order, with offsets into {@code body}. */
    public List<Sentence> split(String body) {
        SentenceDetectorME detector = new SentenceDetectorME(model); // not thread-safe: one per call
        List<Sentence> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < body.length()) {
            int paragraphEnd = body.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = body.length();
            }
            String paragraph = body.substring(paragraphStart, paragraphEnd);
            if (!paragraph.isBlank()) {
                splitParagraph(detector, paragraph, paragraphStart, body, out);
            }
            paragraphStart = paragraphEnd + 1;
        }
        return out;
    }

    private static void splitParagraph(SentenceDetectorME detector, String paragraph, int offset, String body, List<Sentence> out) {
        Span[] spans = detector.sentPosDetect(paragraph);
        int openStart = -1;
        for (int k = 0; k < spans.length; k++) {
            if (openStart < 0) {
                openStart = spans[k].getStart();
            }
            int end = spans[k].getEnd();
            boolean titleFollows = k + 1 < spans.length && (ABBREVIATION_END.matcher(paragraph.substring(openStart, end)).find()
                    && TITLE_START.matcher(paragraph.substring(spans[k + 1].getStart())).lookingAt()
                    || PERSONAL_TITLE_END.matcher(paragraph.substring(openStart, end)).find()); // "asylum to Ms. Ana Ruiz"
            // "to the W.T.O., Poland intends": no sentence goes on with a comma or a word in lower case
            // "posted Aug. 6, 2023": a month abbreviated before the day
            boolean continues = k + 1 < spans.length && (CONTINUATION.matcher(paragraph.substring(spans[k + 1].getStart())).lookingAt()
                    || UNFINISHED.matcher(paragraph.substring(openStart, end)).find()
                    || MONTH_END.matcher(paragraph.substring(openStart, end)).find() && DAY_START.matcher(paragraph.substring(spans[k + 1].getStart())).lookingAt());
            // "(12 a.m. Thursday GMT)": no sentence ends inside parentheses that close right after
            boolean inParentheses = k + 1 < spans.length && parenthesisOpen(paragraph.substring(openStart, end))
                    && PARENTHESIS_CLOSES.matcher(paragraph.substring(spans[k + 1].getStart())).lookingAt();
            if (k == spans.length - 1 || !quoteOpen(paragraph.substring(openStart, end)) && !titleFollows && !continues && !inParentheses) {
                int s = offset + openStart + markerLength(paragraph.substring(openStart, end));
                int e = offset + end;
                if (e > s) {
                    out.add(new Sentence(s, e, body.substring(s, e)));
                }
                openStart = -1;
            }
        }
    }

    private static final Pattern CONTINUATION = Pattern.compile("[,;]|\\p{Ll}");
    private static final Pattern UNFINISHED = Pattern.compile("[,;]\\s*$");
    private static final Pattern MONTH_END = Pattern.compile("\\b(?:" + String.join("|", Dates.MONTH_ABBREVIATIONS) + ")\\.$");
    private static final Pattern DAY_START = Pattern.compile("\\d{1,2}\\b");
    private static final Pattern PARENTHESIS_CLOSES = Pattern.compile("[^()]{0,60}\\)");
    /** "U.S." ends a sentence only rarely when a title or an agent noun follows ("after U.S. President X said"). */
    private static final Pattern ABBREVIATION_END = Pattern.compile("\\b(?:\\p{Lu}\\.){2,3}$");
    /** A title abbreviated before a name ("Ms.", "Dr.", "Gen."): no sentence ends on it. */
    private static final Pattern PERSONAL_TITLE_END = Pattern.compile("\\b(?:" + Names.TITLE_ABBREVIATIONS + ")\\.$");
    private static final Pattern TITLE_START = Pattern.compile("(?:President|Vice|Secretary|Ambassador|Senator|Representative|"
            + "Treasury|State Department|Defense|Navy|Army|Air Force|Congress|Senate|House|Department|military|officials?|forces|"
            + "troops|envoy|embassy|government|administration|Prime|Foreign|Trade|Special|Chancellor|General|Gen\\.|Adm\\.)\\b");

    /** Length of a list marker that opens the sentence ("- ", "• ", "✅ ", "2. "), which is not part of the statement. */
    static int markerLength(String sentence) {
        Matcher m = LIST_MARKER.matcher(sentence);
        return m.lookingAt() ? m.end() : 0;
    }

    /** True when the text opens more parentheses than it closes. */
    static boolean parenthesisOpen(String text) {
        return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count();
    }

    /**
     * True when the text leaves a quotation open: a “ or " not closed by ” or "; pages often mix the two kinds, so a
     * mark of either kind closes an open quotation of the other.
     */
    static boolean quoteOpen(String text) {
        int curly = 0;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                curly++;
            } else if (c == '”') {
                if (curly > 0) {
                    curly--;
                } else {
                    straight = false;
                }
            } else if (c == '"') {
                if (straight) {
                    straight = false;
                } else if (curly > 0) {
                    curly--;
                } else {
                    straight = true;
                }
            }
        }
        return curly > 0 || straight;
    }
}
