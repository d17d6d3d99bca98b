package io.stancegraph.analysis;

import java.util.regex.Pattern;

/** Decides how firmly a claim is stated: attributed speech is REPORTED, qualified statements HEDGED. */
public final class CertaintyClassifier {

    static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:may|might|could|would|likely|unlikely|possibly|possible|perhaps|"
            + "probably|poised to|expected to|set to|appears? to|appeared to|seems? to|seemed to|reportedly|allegedly|"
            + "potentially|if finalized|not yet finalized|not yet final|(?:is|are|was|were) said to|anticipated|preparing to|"
            + "plans? to|planning to|considering|mulls?|mulling|rumou?red|speculat\\w*|it remains to be seen|remains to be seen)\\b");

    private CertaintyClassifier() {
    }

    /** REPORTED when attributed (a speaker or a cited source), else HEDGED when qualified, else ASSERTED. */
    public static Certainty classify(String sentence, boolean attributed) {
        if (attributed) {
            return Certainty.REPORTED;
        }
        return HEDGE.matcher(sentence).find() ? Certainty.HEDGED : Certainty.ASSERTED;
    }
}
