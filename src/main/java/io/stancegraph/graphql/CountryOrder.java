package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of the country list.")
public enum CountryOrder {
    @Description("Most mentioned first.")
    MENTIONS,
    @Description("By English name.")
    NAME,
    @Description("Most confident stance first.")
    CONFIDENCE
}
