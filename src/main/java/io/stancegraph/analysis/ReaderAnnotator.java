package io.stancegraph.analysis;

import java.util.Set;

/** Reads the document (HTML, Markdown or text): metadata and the article's paragraphs, furniture removed. */
public final class ReaderAnnotator extends BaseAnnotator {

    private final DocumentReader reader = new DocumentReader();
    private final Gazetteer gazetteer;

    public ReaderAnnotator(Gazetteer gazetteer) {
        super("reader", Set.of(),
                Set.of(AnnotationKey.DOCUMENT, AnnotationKey.BODY));
        this.gazetteer = gazetteer;
    }

    @Override
    public void annotate(AnnotatedDocument doc) throws UnreadableDocumentException {
        ParsedDocument parsed = outletFromTitle(reader.read(doc.fileName(), doc.content()));
        doc.set(AnnotationKey.DOCUMENT, parsed).set(AnnotationKey.BODY, parsed.body());
    }

    /** "Headline | Al Jazeera" with no other publisher: a known outlet next to the headline is the publisher. */
    private ParsedDocument outletFromTitle(ParsedDocument doc) {
        if (doc.publisher() != null || doc.outletHint() == null) {
            return doc;
        }
        return gazetteer.source(doc.outletHint()).map(e -> new ParsedDocument(doc.title(), e.name(), doc.publishedOn(), doc.byline(),
                doc.paragraphs())).orElse(doc);
    }
}
