package io.stancegraph.analysis;

/**
 * Who a claim is attributed to.
 *
 * @param speaker        the speaker as written ("President Kassym-Jomart Tokayev", "a senior U.S. official"), or null
 * @param speakerCountry ISO code of the country the speaker speaks for, or null when the text does not make it clear
 * @param verbStart      body offset of the reporting verb ("said", "according to"), or -1
 * @param verbEnd        end offset of the reporting verb, or -1
 * @param anonymous      true for unnamed speakers ("a source familiar with the matter")
 * @param continued      true when the sentence opens a quotation of the speaker of the sentence before it: the statement goes on
 */
public record Attribution(String speaker, String speakerCountry, int verbStart, int verbEnd, boolean anonymous, boolean continued) {

    public static final Attribution NONE = new Attribution(null, null, -1, -1, false);

    public Attribution(String speaker, String speakerCountry, int verbStart, int verbEnd, boolean anonymous) {
        this(speaker, speakerCountry, verbStart, verbEnd, anonymous, false);
    }

    /** The same attribution for the speaker of another country. */
    public Attribution withCountry(String country) {
        return new Attribution(speaker, country, verbStart, verbEnd, anonymous, continued);
    }

    public boolean present() {
        return speaker != null;
    }
}
