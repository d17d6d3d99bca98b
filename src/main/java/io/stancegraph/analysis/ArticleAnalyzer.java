package io.stancegraph.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The whole text pipeline for one document: read, split, recognise countries and sources,
 * attribute, classify certainty and stance, aggregate per country. Thread-safe; build once.
 */
public final class ArticleAnalyzer {

    /** A sentence that only cites ("According to Business Standard.", "(Wikipedia)", "Eurasianet."). */
    private static final Pattern CITATION_LEFTOVER = Pattern.compile("(?i)^[\\s\\p{P}\\d+]*(?:(?:according to|its|via|source|sources|and|per)[\\s\\p{P}\\d+]*)*$");
    static final int MIN_CLAIM_WORDS = 4;
    /** A longer "sentence" is run-on text, a list or a table, not a statement a quote can stand for. */
    public static final int MAX_CLAIM_CHARS = 1_500;

    private final Gazetteer gazetteer;
    private final DocumentReader reader = new DocumentReader();
    private final SentenceSplitter splitter;
    private final CountryRecognizer countries = new CountryRecognizer();
    private final SourceDetector sources;
    private final EventDetector events;

    private final List<String> sieves;

    public ArticleAnalyzer(Gazetteer gazetteer, SentenceSplitter splitter) {
        this(gazetteer, splitter, StanceClassifier.SIEVES);
    }

    /** An analyzer whose holder sieves run in the given order (see {@link StanceClassifier#SIEVES}). */
    public ArticleAnalyzer(Gazetteer gazetteer, SentenceSplitter splitter, List<String> sieves) {
        this.sieves = StanceClassifier.checkSieves(sieves);
        this.gazetteer = gazetteer;
        this.splitter = splitter;
        this.sources = new SourceDetector(gazetteer);
        this.events = new EventDetector(gazetteer, StanceClassifier.ACTS);
    }

    /** Analyzer over the bundled gazetteer and sentence model. */
    public static ArticleAnalyzer standard() {
        return new ArticleAnalyzer(Gazetteer.load(), new SentenceSplitter());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The event detector over this analyzer's gazetteer. */
    public EventDetector eventDetector() {
        return events;
    }

    /** What event detection reads of a document: its headline and the first sentences of its body. */
    public EventDetector.Lead lead(String fileName, byte[] content) throws UnreadableDocumentException {
        ParsedDocument doc = reader.read(fileName, content);
        String first = doc.paragraphs().isEmpty() ? "" : doc.paragraphs().get(0);
        List<Sentence> sentences = splitter.split(first);
        String lead = sentences.isEmpty() ? first : first.substring(0, sentences.get(Math.min(1, sentences.size() - 1)).end());
        return new EventDetector.Lead(doc.title(), lead);
    }

    /** Analysis of one document on its own: the event is the one its own headline and lead show. */
    public ArticleAnalysis analyze(String fileName, byte[] content) throws UnreadableDocumentException {
        return analyze(fileName, content, events.detect(List.of(lead(fileName, content))));
    }

    /** Analysis of one document of a corpus whose event is known. */
    public ArticleAnalysis analyze(String fileName, byte[] content, CorpusEvent event) throws UnreadableDocumentException {
        StanceClassifier stances = new StanceClassifier(event, sieves);
        ParsedDocument doc = outletFromTitle(reader.read(fileName, content));
        String body = doc.body();
        List<Gazetteer.Match> matches = gazetteer.scan(body);
        List<CountryMention> mentions = countries.recognize(body, matches);
        List<CountryMention> inTitle = doc.title() == null ? List.of() : countries.recognize(doc.title(), gazetteer.scan(doc.title()));
        List<SourceMention> cited = sources.detect(body, matches, mentions);
        List<Sentence> sentences = splitter.split(body);
        SpeakerFinder speakers = new SpeakerFinder(gazetteer, body, mentions);
        List<CountryMention> people = people(body, matches, mentions);

        List<ClaimDraft> claims = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.text().length() > MAX_CLAIM_CHARS) {
                continue;
            }
            List<CountryMention> inSentence = within(mentions, s.start(), s.end());
            List<CountryMention> actors = withPeople(inSentence, within(people, s.start(), s.end()));
            List<SourceMention> sourcesHere = withinSources(cited, s.start(), s.end());
            if (isCitationOnly(s, sourcesHere)) {
                continue;
            }
            Attribution attribution = speakers.find(s);
            if (DocumentReader.countWords(s.text()) < MIN_CLAIM_WORDS || inSentence.isEmpty() && attribution.speakerCountry() == null) {
                continue;
            }
            SourceMention source = sourcesHere.isEmpty() ? null : sourcesHere.get(0);
            if (source == null && i + 1 < sentences.size()) {
                Sentence next = sentences.get(i + 1);
                List<SourceMention> nextSources = withinSources(cited, next.start(), next.end());
                if (isCitationOnly(next, nextSources)) {
                    source = nextSources.get(0);
                }
            }
            if (source == null && attribution.anonymous()) {
                source = new SourceMention(attribution.speaker(), SourceKind.ANONYMOUS, attribution.verbEnd(), attribution.verbEnd(), attribution.speaker(), false);
            }
            Certainty certainty = CertaintyClassifier.classify(s.text(), attribution.present() || source != null);
            ClaimStance stance = stances.classify(body, s, actors, attribution);
            claims.add(new ClaimDraft(claims.size(), s.start(), s.end(), s.text(), certainty, attribution, source,
                    stance.position(), stance.byCountry(), stance.evidence()));
        }
        SourceMention publisher = publisher(doc.publisher());
        return new ArticleAnalysis(doc, body, sha256(content), DocumentReader.countWords(body),
                publisher, distinctSources(cited, publisher), claims, articleStances(inTitle, mentions, claims));
    }

    /** Stances of every country the headline or the body names, or a claim involves (through its speaker). */
    private Map<String, ArticleStanceDraft> articleStances(List<CountryMention> inTitle, List<CountryMention> mentions, List<ClaimDraft> claims) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CountryMention m : inTitle) {
            counts.merge(m.code(), 1, Integer::sum);
        }
        for (CountryMention m : mentions) {
            counts.merge(m.code(), 1, Integer::sum);
        }
        for (ClaimDraft c : claims) {
            c.positions().keySet().forEach(code -> counts.putIfAbsent(code, 0));
        }
        Map<String, ArticleStanceDraft> out = new LinkedHashMap<>();
        counts.forEach((code, count) -> {
            List<Map.Entry<Position, Certainty>> evidence = new ArrayList<>();
            for (ClaimDraft c : claims) {
                Position p = c.positions().get(code);
                if (p != null) {
                    evidence.add(new AbstractMap.SimpleEntry<>(p, c.certainty()));
                }
            }
            Verdict v = StanceAggregator.fromClaims(evidence);
            List<Integer> support = new ArrayList<>();
            for (ClaimDraft c : claims) {
                Position p = c.positions().get(code);
                if (p != null && p.supports(v.position())) {
                    support.add(c.ordinal());
                }
            }
            out.put(code, new ArticleStanceDraft(code, count, v.position(), v.confidence(), support));
        });
        return out;
    }

    /** "Headline | Al Jazeera" with no other publisher: a known outlet next to the headline is the publisher. */
    private ParsedDocument outletFromTitle(ParsedDocument doc) {
        if (doc.publisher() != null || doc.outletHint() == null) {
            return doc;
        }
        return gazetteer.source(doc.outletHint()).map(e -> new ParsedDocument(doc.title(), e.name(), doc.publishedOn(), doc.byline(),
                doc.paragraphs())).orElse(doc);
    }

    /** The publisher as a source: its gazetteer name when known, else a news outlet of that name. */
    private SourceMention publisher(String credit) {
        if (credit == null) {
            return null;
        }
        Gazetteer.SourceEntry known = gazetteer.source(credit).orElse(null);
        return known != null
                ? new SourceMention(known.name(), known.kind(), -1, -1, credit, false)
                : new SourceMention(credit, SourceKind.NEWS_OUTLET, -1, -1, credit, false);
    }

    /** One mention per source (the first), then the publisher's own credit when the page names one. */
    private static List<SourceMention> distinctSources(List<SourceMention> cited, SourceMention publisher) {
        Map<String, SourceMention> byKey = new LinkedHashMap<>();
        for (SourceMention m : cited) {
            byKey.putIfAbsent(Names.key(m.name()), m);
        }
        if (publisher != null) {
            byKey.putIfAbsent(Names.key(publisher.name()), publisher);
        }
        return List.copyOf(byKey.values());
    }

    private static boolean isCitationOnly(Sentence s, List<SourceMention> here) {
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

    /**
     * Known public figures named in the body, as mentions of their country ("Trump announced he would
     * pull out"): they can hold a position in a sentence, like a speaker, but add nothing to the
     * country's mention count.
     */
    private List<CountryMention> people(String body, List<Gazetteer.Match> matches, List<CountryMention> countryMentions) {
        List<CountryMention> out = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            m.of(Gazetteer.Type.PERSON).flatMap(p -> gazetteer.person(m.text())).ifPresent(p -> {
                if (countryMentions.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) {
                    out.add(new CountryMention(p.countryCode(), m.start(), m.end(), m.text(), Gazetteer.Role.NAME));
                }
            });
        }
        return out;
    }

    private static List<CountryMention> withPeople(List<CountryMention> countries, List<CountryMention> people) {
        if (people.isEmpty()) {
            return countries;
        }
        List<CountryMention> all = new ArrayList<>(countries);
        all.addAll(people);
        all.sort(java.util.Comparator.comparingInt(CountryMention::start));
        return all;
    }

    private static List<CountryMention> within(List<CountryMention> all, int start, int end) {
        List<CountryMention> out = new ArrayList<>();
        for (CountryMention m : all) {
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<SourceMention> withinSources(List<SourceMention> all, int start, int end) {
        List<SourceMention> out = new ArrayList<>();
        for (SourceMention m : all) {
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
