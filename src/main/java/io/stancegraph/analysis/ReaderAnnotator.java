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
        ParsedDocument parsed = outletFromByline(outletFromTitle(reader.read(doc.fileName(), doc.content())));
        doc.set(AnnotationKey.DOCUMENT, parsed).set(AnnotationKey.BODY, parsed.body());
    }

    /**
     * "By Jane Doe, The Example Tribune" with no other publisher: a news outlet after the reporter's name is the publisher
     * (known to the gazetteer, or by the shape of its name), and the byline is the name alone. An affiliation that is no
     * outlet ("Jane Doe, Example Institute") or a title ("Jane Doe, Senior Correspondent") stays in the byline.
     */
    private ParsedDocument outletFromByline(ParsedDocument doc) {
        String byline = doc.byline();
        int comma = byline == null ? -1 : byline.lastIndexOf(',');
        if (doc.publisher() != null || comma <= 0) {
            return doc;
        }
        String tail = byline.substring(comma + 1).strip();
        Gazetteer.SourceEntry known = gazetteer.source(tail).orElse(null);
        String outlet = known != null && (known.kind() == SourceKind.NEWS_OUTLET || known.kind() == SourceKind.WIRE_AGENCY) ? known.name()
                : SourceDetector.OUTLET_NAME.matcher(tail).matches() ? tail : null;
        return outlet == null ? doc : new ParsedDocument(doc.title(), outlet, doc.publishedOn(), byline.substring(0, comma).strip(),
                doc.paragraphs(), doc.outletHint());
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
