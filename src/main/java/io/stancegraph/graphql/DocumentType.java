package io.stancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Format of an ingested document.")
public enum DocumentType {
    @Description("Plain text.")
    TEXT,
    @Description("An HTML page; navigation, scripts and other page furniture are removed.")
    HTML
}
