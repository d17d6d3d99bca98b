package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.stancegraph.analysis.Certainty;
import io.stancegraph.analysis.Position;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One statement of an article: an exact quote with offsets, its certainty, speaker and cited source. */
@Entity
@Table(name = "claim", indexes = {
        @Index(name = "claim_article_idx", columnList = "article_id, ordinal"),
        @Index(name = "claim_position_idx", columnList = "position"),
        @Index(name = "claim_certainty_idx", columnList = "certainty"),
        @Index(name = "claim_source_idx", columnList = "source_id"),
        @Index(name = "claim_corroboration_idx", columnList = "corroboration_count")
})
@NamedQueries({
        @NamedQuery(name = "Claim.byUid", query = """
                from Claim c join fetch c.article a left join fetch a.publisher left join fetch c.source where c.uid = ?1""")
})
public class Claim extends PanacheEntity {

    /** Stable identifier: the article's uid and the claim's ordinal. */
    @Column(nullable = false, unique = true, length = 48)
    public String uid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false, length = 100_000)
    public String quote;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Position position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Certainty certainty;

    @Column(length = 300)
    public String speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    /** Other articles with a claim that states the same fact. */
    @Column(name = "corroboration_count", nullable = false)
    public int corroborationCount;
}
