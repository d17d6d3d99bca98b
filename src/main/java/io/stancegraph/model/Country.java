package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.stancegraph.analysis.Position;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A country named in the corpus, with its corpus-wide stance computed at ingestion. */
@Entity
@Table(name = "country", indexes = {
        @Index(name = "country_position_idx", columnList = "position"),
        @Index(name = "country_mentions_idx", columnList = "mention_count")
})
@NamedQueries({
        @NamedQuery(name = "Country.byCode", query = "from Country where code = ?1"),
        @NamedQuery(name = "Country.byCodes", query = "from Country where code in ?1"),
        @NamedQuery(name = "Country.ranked", query = "from Country where articleCount > 0 order by mentionCount desc, code")
})
public class Country extends PanacheEntity {

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, unique = true, length = 2)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(name = "mention_count", nullable = false)
    public int mentionCount;

    @Column(name = "article_count", nullable = false)
    public int articleCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Position position = Position.NEUTRAL;

    @Column(nullable = false)
    public double confidence;

    @Column(nullable = false, length = 2000)
    public String summary = "";

    /** How many claims support the corpus stance (the size of Stance.quotes). */
    @Column(name = "quote_count", nullable = false)
    public int quoteCount;

    /** Article stances per position: running sums kept as articles arrive. */
    @Embedded
    @AttributeOverride(name = "supportive", column = @Column(name = "articles_supportive", nullable = false))
    @AttributeOverride(name = "opposed", column = @Column(name = "articles_opposed", nullable = false))
    @AttributeOverride(name = "concerned", column = @Column(name = "articles_concerned", nullable = false))
    @AttributeOverride(name = "neutral", column = @Column(name = "articles_neutral", nullable = false))
    @AttributeOverride(name = "mixed", column = @Column(name = "articles_mixed", nullable = false))
    public PositionCounts articles = new PositionCounts();

    /** Claims about the country per position. */
    @Embedded
    @AttributeOverride(name = "supportive", column = @Column(name = "claims_supportive", nullable = false))
    @AttributeOverride(name = "opposed", column = @Column(name = "claims_opposed", nullable = false))
    @AttributeOverride(name = "concerned", column = @Column(name = "claims_concerned", nullable = false))
    @AttributeOverride(name = "neutral", column = @Column(name = "claims_neutral", nullable = false))
    @AttributeOverride(name = "mixed", column = @Column(name = "claims_mixed", nullable = false))
    public PositionCounts claims = new PositionCounts();

    /** Summed article weights for support, opposition and concern, in 1/200 (StanceAggregator.weightUnits). */
    @Column(name = "weight_supportive", nullable = false)
    public int weightSupportive;

    @Column(name = "weight_opposed", nullable = false)
    public int weightOpposed;

    @Column(name = "weight_concerned", nullable = false)
    public int weightConcerned;

    /** The claim quoted in the summary. */
    @Column(name = "example_claim_id")
    public Long exampleClaimId;
}
