package io.stancegraph.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * A document reduced to its metadata and the article's own paragraphs, furniture removed.
 *
 * @param title      headline, or null when the document offers none
 * @param publisher  outlet named by the document itself (masthead, site name, credit line), or null
 * @param publishedOn publication date, or null
 * @param byline     author line, or null
 * @param paragraphs the article text, one entry per paragraph
 * @param outletHint a name the page shows next to its headline ("Headline | Al Jazeera") when it names no publisher, or null
 */
public record ParsedDocument(String title, String publisher, LocalDate publishedOn, String byline, List<String> paragraphs,
                             String outletHint) {

    public ParsedDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    public ParsedDocument(String title, String publisher, LocalDate publishedOn, String byline, List<String> paragraphs) {
        this(title, publisher, publishedOn, byline, paragraphs, null);
    }

    /** The body as stored: paragraphs separated by blank lines. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
