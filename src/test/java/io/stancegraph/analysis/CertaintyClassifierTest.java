package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CertaintyClassifierTest {

    @Test
    void hedgesMakeAClaimHedged() {
        for (String s : new String[] {"Kazakhstan is poised to join.", "Russia may perceive this as a pivot.", "It could strain ties.",
                "Astana will likely emphasize benefits.", "The deal is expected to be signed.", "The country reportedly agreed.",
                "It appears to reflect a desire.", "Though not yet finalized, the accession would help."}) {
            assertEquals(Certainty.HEDGED, CertaintyClassifier.classify(s, false), s);
        }
    }

    @Test
    void plainStatementIsAsserted() {
        assertEquals(Certainty.ASSERTED, CertaintyClassifier.classify("Kazakhstan has officially joined the Abraham Accords.", false));
    }

    @Test
    void attributedSpeechIsReportedEvenWhenHedged() {
        assertEquals(Certainty.REPORTED, CertaintyClassifier.classify("Kazakhstan may soon join, according to an official.", true));
    }
}
