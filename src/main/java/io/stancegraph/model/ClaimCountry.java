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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A country a claim is about, with the position the claim expresses for it. */
@Entity
@Table(name = "claim_country",
        uniqueConstraints = @UniqueConstraint(name = "claim_country_uk", columnNames = {"claim_id", "country_id"}),
        indexes = {
                @Index(name = "claim_country_country_idx", columnList = "country_id, position"),
                @Index(name = "claim_country_quote_idx", columnList = "country_id, quote_key")
        })
public class ClaimCountry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id", nullable = false)
    public Country country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Position position;

    /** The cue behind a directional position ("welcome", "withdraw"), or null. */
    @Column(length = 200)
    public String cue;

    /** The sieve that gave the cue to the country ("speaker", "subject", "event-act"), or null. */
    @Column(name = "sieve", length = 40)
    public String rule;

    /** Where the claim comes among the country's quotes ({@link io.stancegraph.analysis.QuoteOrder}); set when stored. */
    @Column(name = "quote_key", nullable = false)
    public long quoteKey;
}
