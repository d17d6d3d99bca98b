package io.stancegraph.analysis;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * A saved news feed item (RSS 2.0 {@code <item>} or Atom {@code <entry>}) read as the page it stands for: its title, date,
 * author and content, and the feed's title as the outlet. A feed of several items is several articles and is refused.
 */
final class Feed {

    private static final Pattern SIGNAL = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:rss|feed|rdf:RDF)\\b");
    /** "Outlet - World", "Outlet | Politics", "Outlet: Top stories": the feed's section after the outlet. */
    private static final Pattern SECTION = Pattern.compile("\\s+[-|–—]\\s+.*$|:\\s+.*$");

    private Feed() {
    }

    static boolean looksLike(String text) {
        return SIGNAL.matcher(text).find();
    }

    /** The single item of a feed as an HTML page; throws when the feed holds no item or several. */
    static String asPage(String xml) throws UnreadableDocumentException {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        Elements items = feed.select("item, entry");
        if (items.size() != 1) {
            throw new UnreadableDocumentException(items.isEmpty() ? "a news feed without items"
                    : "a news feed of " + items.size() + " items: store each item as a document of its own");
        }
        Element item = items.first();
        Element channel = feed.selectFirst("channel > title, feed > title");
        String outlet = channel == null ? "" : SECTION.matcher(channel.text().strip()).replaceFirst("");
        String title = text(item, "title");
        String author = text(item, "dc|creator, author > name, author");
        String date = isoDate(text(item, "pubDate, published, dc|date, updated"));
        String body = text(item, "content|encoded, content, description, summary");
        Document page = Document.createShell("");
        page.head().appendElement("title").text(title);
        meta(page, "property", "og:site_name", outlet);
        meta(page, "property", "article:published_time", date);
        meta(page, "name", "author", author);
        Element article = page.body().appendElement("article");
        article.appendElement("h1").text(title);
        article.append(body); // the content is escaped HTML or CDATA holding HTML
        return page.outerHtml();
    }

    private static String text(Element item, String query) {
        Element e = item.selectFirst(query);
        return e == null ? "" : e.text().strip();
    }

    private static void meta(Document page, String key, String name, String content) {
        if (!content.isEmpty()) {
            page.head().appendElement("meta").attr(key, name).attr("content", content);
        }
    }

    /** RSS dates are RFC 1123 ("Tue, 03 Mar 2026 09:12:00 GMT"); Atom's are ISO already. */
    private static String isoDate(String date) {
        try {
            return OffsetDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH)).toString();
        } catch (DateTimeParseException e) {
            return date;
        }
    }
}
