package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.stancegraph.analysis.Corroboration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A claim that corroborates or contradicts another claim of a different article (stored in both
 * directions, each claim keeping its links with the lowest ids). Rows are written with JDBC batches, hence the natural key.
 */
@Entity
@Table(name = "claim_link")
@IdClass(ClaimLink.Key.class)
public class ClaimLink extends PanacheEntityBase {

    /** Primary key: claim, other claim, kind. */
    public record Key(Long claimId, Long otherId, Corroboration.Kind kind) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    @Id
    @Column(name = "other_id")
    public Long otherId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Corroboration.Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", insertable = false, updatable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "other_id", insertable = false, updatable = false)
    public Claim other;
}
