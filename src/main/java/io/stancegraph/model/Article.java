package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One ingested document. */
@Entity
@Table(name = "article", indexes = {
        @Index(name = "article_published_idx", columnList = "published_on"),
        @Index(name = "article_publisher_idx", columnList = "publisher_id"),
        @Index(name = "article_ingested_idx", columnList = "ingested_at")
})
@NamedQueries({
        @NamedQuery(name = "Article.byUid", query = "from Article a left join fetch a.publisher where a.uid = ?1"),
        @NamedQuery(name = "Article.byHash", query = "from Article where contentHash = ?1"),
        @NamedQuery(name = "Article.hashesIn", query = "select contentHash from Article where contentHash in :hashes"),
        @NamedQuery(name = "Article.count", query = "select count(a) from Article a")
})
public class Article extends PanacheEntity {

    /** Stable identifier derived from the content hash. */
    @Column(nullable = false, unique = true, length = 32)
    public String uid;

    @Column(name = "file_name", length = 500)
    public String fileName;

    @Column(length = 1000)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publisher_id")
    public Source publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(length = 500)
    public String byline;

    /** Up to 4 million characters: twice the default ingestion limit of 2 MB. */
    @Column(nullable = false, length = 4_000_000)
    public String body;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    /** SHA-256 of the raw document, hex: re-ingesting the same bytes finds this row. */
    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    public String contentHash;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    /** Sources the article names: those it cites, then its publisher's own credit line. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "article_source", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "ordinal")
    public List<Source> sources = new ArrayList<>();
}
