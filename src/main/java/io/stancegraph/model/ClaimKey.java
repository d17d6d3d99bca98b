package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.stancegraph.analysis.Corroboration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * An index key of a claim (Corroboration.Prepared#keys): claims sharing a key are candidates for a
 * link. {@code cutoff} is the highest id the claim links to once it holds the most links it keeps,
 * else {@link Long#MAX_VALUE}: a new claim with a lower id takes a place in its links.
 */
@Entity
@Table(name = "claim_key", indexes = {
        @Index(name = "claim_key_postings_idx", columnList = "key_hash, claim_id"),
        @Index(name = "claim_key_open_idx", columnList = "key_hash, cutoff"),
        @Index(name = "claim_key_claim_idx", columnList = "claim_id, kind")
})
@IdClass(ClaimKey.Id.class)
public class ClaimKey extends PanacheEntityBase {

    /** Primary key: key, claim. */
    public record Id(Long keyHash, Long claimId) implements Serializable {
        public Id() {
            this(null, null);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "key_hash")
    public Long keyHash;

    @jakarta.persistence.Id
    @Column(name = "claim_id")
    public Long claimId;

    @Column(name = "article_id", nullable = false)
    public long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Corroboration.Kind kind;

    @Column(nullable = false)
    public long cutoff;
}
