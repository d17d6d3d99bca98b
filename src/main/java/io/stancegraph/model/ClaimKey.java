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
 * An index key of a claim (Corroboration.Prepared#keys): the first claims of a key, by id, are the
 * candidates for links of the claims that have it, so only they get a row. {@code cutoff} is the highest id the claim links to
 * once it holds the most links it keeps, else {@link Long#MAX_VALUE}: only a related claim with a lower
 * id takes a place among its links.
 */
@Entity
@Table(name = "claim_key", indexes = @Index(name = "claim_key_first_idx", columnList = "key_hash, claim_id"))
@IdClass(ClaimKey.Id.class)
public class ClaimKey extends PanacheEntityBase {

    /** Primary key: claim, key (Hibernate orders the columns so); claim_key_first_idx reads a key's first claims in id order. */
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
