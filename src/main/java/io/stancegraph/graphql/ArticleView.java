package io.stancegraph.graphql;

import io.stancegraph.model.Article;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Article")
@Description("A news article of the corpus, its page furniture removed.")
public class ArticleView implements Node {

    final long key;
    private final SourceView publisher;
    private final String id;
    private final String fileName;
    private final String title;
    private final LocalDate publishedOn;
    private final String byline;
    private final int wordCount;
    private final String body;

    ArticleView(Article a) {
        this.key = a.id;
        this.publisher = a.publisher == null ? null : new SourceView(a.publisher); // fetched with the article
        this.id = GlobalId.encode("Article", a.uid);
        this.fileName = a.fileName;
        this.title = a.title;
        this.publishedOn = a.publishedOn;
        this.byline = a.byline;
        this.wordCount = a.wordCount;
        this.body = a.body;
    }

    @Override
    @Id
    @NonNull
    @Description("Stable global ID, derived from the article's content.")
    public String getId() {
        return id;
    }

    @Description("The file the article was loaded from, or the name given at ingestion.")
    public String getFileName() {
        return fileName;
    }

    @Description("Headline, when the document has one.")
    public String getTitle() {
        return title;
    }

    @Description("The outlet that published the article, when the document names it.")
    public SourceView getPublisher() {
        return publisher;
    }

    @Description("Publication date, when the document gives one.")
    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Description("Author line, when the document gives one.")
    public String getByline() {
        return byline;
    }

    @NonNull
    @Description("Words in the body.")
    public int getWordCount() {
        return wordCount;
    }

    @NonNull
    @Description("The article's own text: paragraphs separated by blank lines, navigation, banners and trailers removed.")
    public String getBody() {
        return body;
    }
}
