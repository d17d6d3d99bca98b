package io.stancegraph.analysis;

/** What kind of body a cited source is. */
public enum SourceKind {
    NEWS_OUTLET, WIRE_AGENCY, THINK_TANK, REFERENCE, SOCIAL_PLATFORM, GOVERNMENT, ORGANIZATION, ANONYMOUS, UNKNOWN
}
