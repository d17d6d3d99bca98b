package io.stancegraph.analysis;

import org.eclipse.microprofile.graphql.Description;

/** What kind of body a cited source is. */
@Description("What kind of body a source is.")
public enum SourceKind {
    @Description("Newspaper, broadcaster or news site.")
    NEWS_OUTLET,
    @Description("News agency (Reuters, AP, AFP, Anadolu).")
    WIRE_AGENCY,
    @Description("Think tank or research institute.")
    THINK_TANK,
    @Description("Encyclopedia or reference work.")
    REFERENCE,
    @Description("Social network (X, Truth Social, Telegram).")
    SOCIAL_PLATFORM,
    @Description("Government body or ministry.")
    GOVERNMENT,
    @Description("International organisation (UN, EU, NATO).")
    ORGANIZATION,
    @Description("Unnamed source (\"a senior official\", \"a source familiar with the matter\").")
    ANONYMOUS,
    @Description("An organisation the gazetteer does not know, named in a citation.")
    UNKNOWN
}
