package io.stancegraph.analysis;

/** A decided position with its confidence in [0, 1]. */
public record Verdict(Position position, double confidence) {
}
