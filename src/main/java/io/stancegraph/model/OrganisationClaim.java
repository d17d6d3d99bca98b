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

/** A sentence of an article in which an organisation takes a position, with the cue and the sieve behind it. */
@Entity
@Table(name = "organisation_claim", indexes = @Index(name = "organisation_claim_org_idx", columnList = "organisation, article_id"))
@NamedQueries({
        @NamedQuery(name = "OrganisationClaim.byArticles",
                query = "from OrganisationClaim c where c.article.id in :ids order by c.article.id, c.startOffset"),
        @NamedQuery(name = "OrganisationClaim.byOrganisations",
                query = "from OrganisationClaim c join fetch c.article where c.organisation in :codes order by c.article.id, c.startOffset")
})
public class OrganisationClaim extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @Column(nullable = false, length = 40)
    public String organisation;

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

    @Column(length = 200)
    public String cue;

    @Column(name = "sieve", length = 40)
    public String rule;
}
