package io.stancegraph.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Counts per position, kept as running sums on a country (articles or claims). */
@Embeddable
public class PositionCounts {

    @Column(nullable = false)
    public int supportive;

    @Column(nullable = false)
    public int opposed;

    @Column(nullable = false)
    public int concerned;

    @Column(nullable = false)
    public int neutral;

    @Column(nullable = false)
    public int mixed;
}
