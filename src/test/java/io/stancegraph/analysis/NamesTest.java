package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void keyFoldsCaseAccentsPunctuationAndLeadingThe() {
        assertEquals("new york times", Names.key("The New York Times"));
        assertEquals("le monde", Names.key("Le Mondé"));
        assertEquals(Names.key("Al-Jazeera"), Names.key("Al Jazeera"));
    }

    @Test
    void distanceCountsTranspositionsAsOneEdit() {
        assertEquals(1, Names.distance("atlanic council", "atlantic council", 2));
        assertEquals(1, Names.distance("reuetrs", "reuters", 2));
        assertEquals(3, Names.distance("kazakh", "kazakhstan", 2), "stops past the limit");
    }
}
