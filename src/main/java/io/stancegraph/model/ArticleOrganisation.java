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

/** An organisation's stance in one article; every organisation the article names has one. Never a country's. */
@Entity
@Table(name = "article_organisation",
        uniqueConstraints = @UniqueConstraint(name = "article_organisation_uk", columnNames = {"article_id", "organisation"}),
        indexes = @Index(name = "article_organisation_org_idx", columnList = "organisation, position"))
@NamedQueries({
        @NamedQuery(name = "ArticleOrganisation.byArticles",
                query = "from ArticleOrganisation o where o.article.id in :ids order by o.article.id, o.ordinal"),
        @NamedQuery(name = "ArticleOrganisation.verdicts",
                query = "select new io.stancegraph.model.ArticleOrganisation$Verdict(o.organisation, o.position, o.confidence) from ArticleOrganisation o"),
        @NamedQuery(name = "ArticleOrganisation.verdictsOf",
                query = "select new io.stancegraph.model.ArticleOrganisation$Verdict(o.organisation, o.position, o.confidence) from ArticleOrganisation o "
                        + "where o.organisation = :code")
})
public class ArticleOrganisation extends PanacheEntity {

    /** One article's position of an organisation, for the corpus stance. */
    public record Verdict(String organisation, Position position, double confidence) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    /** The organisation's code in gazetteer/organisations.tsv ("eu", "african-union"). */
    @Column(nullable = false, length = 40)
    public String organisation;

    /** Order of the organisation's first mention in the article. */
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
