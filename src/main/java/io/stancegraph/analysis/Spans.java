package io.stancegraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/** Mentions within a sentence, and sentences that only cite. */
final class Spans {

    /** A sentence that only cites ("According to Business Standard.", "(Wikipedia)", "Eurasianet."). */
    private static final Pattern CITATION_LEFTOVER = Pattern.compile("(?i)^[\\s\\p{P}\\d+]*(?:(?:according to|its|via|source|sources|and|per)[\\s\\p{P}\\d+]*)*$");

    private Spans() {
    }

    /** True when a possessive ending ('s) follows at {@code at}: the name before it qualifies what comes next. */
    static boolean possessive(String text, int at) {
        return text.startsWith("'s", at) || text.startsWith("’s", at);
    }

    static List<CountryMention> countries(List<CountryMention> all, Sentence s) {
        return within(all, s, CountryMention::start, CountryMention::end);
    }

    static List<SourceMention> sources(List<SourceMention> all, Sentence s) {
        return within(all, s, SourceMention::start, SourceMention::end);
    }

    private static <T> List<T> within(List<T> all, Sentence s, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> out = new ArrayList<>();
        for (T m : all) {
            if (start.applyAsInt(m) >= s.start() && end.applyAsInt(m) <= s.end()) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when nothing but citations of these sources is left of the sentence. */
    static boolean isCitationOnly(Sentence s, List<SourceMention> here) {
        if (here.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(s.text());
        for (int k = here.size() - 1; k >= 0; k--) {
            SourceMention m = here.get(k);
            rest.replace(m.start() - s.start(), m.end() - s.start(), " ");
        }
        return CITATION_LEFTOVER.matcher(rest).matches();
    }
}
