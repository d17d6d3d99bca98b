package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.stancegraph.analysis.Corroboration;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
 * The claims of other articles that corroborate or contradict a claim: one row per claim and kind, holding the
 * linked claims with the lowest ids (at most {@link Corroboration#MAX_LINKS}, ascending). Written with JDBC batches.
 */
@Entity
@Table(name = "claim_link")
@IdClass(ClaimLink.Key.class)
public class ClaimLink extends PanacheEntityBase {

    /** Primary key: claim, kind. */
    public record Key(Long claimId, Corroboration.Kind kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Corroboration.Kind kind;

    @Convert(converter = LinkedIds.class)
    @Column(name = "other_ids", nullable = false, length = Corroboration.MAX_LINKS * Long.BYTES)
    public long[] otherIds;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", insertable = false, updatable = false)
    public Claim claim;
}
