package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.stancegraph.analysis.Corroboration;
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

/** A claim that corroborates or contradicts another claim of a different article (stored in both directions). */
@Entity
@Table(name = "claim_link", indexes = @Index(name = "claim_link_claim_idx", columnList = "claim_id, kind"))
@NamedQueries({
        @NamedQuery(name = "ClaimLink.deleteAll", query = "delete from ClaimLink"),
        @NamedQuery(name = "ClaimLink.countCorroborations", query = """
                update Claim c set c.corroborationCount = (select count(distinct o.article.id) from ClaimLink l join l.other o
                    where l.claim = c and l.kind = io.stancegraph.analysis.Corroboration.Kind.CORROBORATES)""")
})
public class ClaimLink extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "other_id", nullable = false)
    public Claim other;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Corroboration.Kind kind;
}
