package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
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
import jakarta.persistence.UniqueConstraint;

/** A country's stance in one article; every country the article names has one. */
@Entity
@Table(name = "article_stance",
        uniqueConstraints = @UniqueConstraint(name = "article_stance_uk", columnNames = {"article_id", "country_id"}),
        indexes = @Index(name = "article_stance_country_idx", columnList = "country_id, position"))
@NamedQueries({
        @NamedQuery(name = "ArticleStance.all", query = "from ArticleStance s join fetch s.country")
})
public class ArticleStance extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id", nullable = false)
    public Country country;

    /** Order of the country's first mention in the article. */
    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public int mentions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Position position;

    @Column(nullable = false)
    public double confidence;
}
