package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IngestArticleInput")
@Description("A document to add to the corpus.")
public class IngestArticleInput {

    @Description("Name to show for the document (for example its file name); defaults to the URL or a name from the content hash.")
    public String fileName;

    @Description("Where the document comes from.")
    public String url;

    @NonNull
    @Description("TEXT or HTML.")
    public DocumentType contentType;

    @NonNull
    @Description("The document itself, at most stancegraph.ingest.max-bytes bytes (2 MB by default).")
    public String content;

    @Description("The outlet that published it, when the document does not name it (or names it differently).")
    public String publisher;

    @Description("Publication date as YYYY-MM-DD, when the document does not give it.")
    public String publishedOn;
}
