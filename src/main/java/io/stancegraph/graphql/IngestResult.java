package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What became of one document of an ingestArticles call. */
@Type("IngestResult")
@Description("What became of one document of `ingestArticles`: its article, or the error that kept it out (nothing of it is stored then).")
public class IngestResult {

    @NonNull
    @Description("Position of the document in the call's list, from 0.")
    public int index;

    @Description("The stored article (also when the same content was stored before); null when the document was refused.")
    public ArticleView article;

    @Description("Why the document was refused; null when it was stored.")
    public IngestError error;

    public IngestResult(int index, ArticleView article, IngestError error) {
        this.index = index;
        this.article = article;
        this.error = error;
    }

    /** Why one document was refused. */
    @Type("IngestError")
    @Description("Why one document was refused.")
    public static class IngestError {

        @NonNull
        @Description("BAD_USER_INPUT for a document that cannot be read or stored, SERVICE_UNAVAILABLE when the database cannot be reached or concurrent writers kept changing the same rows (send it again).")
        public String code;

        @NonNull
        @Description("What is wrong, in words.")
        public String message;

        public IngestError(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }
}
