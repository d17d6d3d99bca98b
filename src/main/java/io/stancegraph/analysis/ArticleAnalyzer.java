package io.stancegraph.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The analysis of one document: the standard {@link AnnotationPipeline} (read, sentences, words, mentions,
 * sources, speakers, claims, article stances), then the result as an {@link ArticleAnalysis}.
 * Thread-safe; build once.
 */
public final class ArticleAnalyzer {

    static final int MIN_CLAIM_WORDS = 4;
    /** A longer "sentence" is run-on text, a list or a table, not a statement a quote can stand for. */
    public static final int MAX_CLAIM_CHARS = 1_500;

    private final Gazetteer gazetteer;
    private final DocumentReader reader = new DocumentReader();
    private final SentenceSplitter splitter;
    private final EventDetector events;
    private final AnnotationPipeline pipeline;

    public ArticleAnalyzer(Gazetteer gazetteer, SentenceSplitter splitter) {
        this(gazetteer, splitter, StanceClassifier.SIEVES);
    }

    /** An analyzer whose holder sieves run in the given order (see {@link StanceClassifier#SIEVES}). */
    public ArticleAnalyzer(Gazetteer gazetteer, SentenceSplitter splitter, List<String> sieves) {
        this(gazetteer, splitter, standardPipeline(gazetteer, splitter, WordTagger.shared(), sieves));
    }

    /** An analyzer over any pipeline that provides {@link AnnotationKey#DOCUMENT}, {@link AnnotationKey#BODY}, claims and stances. */
    public ArticleAnalyzer(Gazetteer gazetteer, SentenceSplitter splitter, AnnotationPipeline pipeline) {
        this.gazetteer = gazetteer;
        this.splitter = splitter;
        this.events = new EventDetector(gazetteer, StanceClassifier.ACTS);
        List<AnnotationKey<?>> needed = List.of(AnnotationKey.DOCUMENT, AnnotationKey.BODY, AnnotationKey.CITED_SOURCES,
                AnnotationKey.CLAIMS, AnnotationKey.ARTICLE_STANCES);
        for (AnnotationKey<?> k : needed) {
            if (!pipeline.provides().contains(k)) {
                throw new IllegalArgumentException("the analysis needs a pipeline that provides '" + k + "'");
            }
        }
        this.pipeline = pipeline;
    }

    /** Read, sentences, words, mentions, sources, speakers, claims, article stances, organisations. */
    public static AnnotationPipeline standardPipeline(Gazetteer gazetteer, SentenceSplitter splitter, WordTagger tagger, List<String> sieves) {
        return new AnnotationPipeline(List.of(new ReaderAnnotator(gazetteer), new SentenceAnnotator(splitter), new WordAnnotator(tagger),
                new MentionAnnotator(gazetteer), new SourceAnnotator(gazetteer), new SpeakerAnnotator(gazetteer),
                new ClaimAnnotator(sieves), new ArticleStanceAnnotator(), new OrganisationAnnotator(Organisations.load(), sieves)));
    }

    /** Analyzer over the bundled gazetteer and models. */
    public static ArticleAnalyzer standard() {
        return new ArticleAnalyzer(Gazetteer.load(), new SentenceSplitter());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public AnnotationPipeline pipeline() {
        return pipeline;
    }

    /** The event detector over this analyzer's gazetteer. */
    public EventDetector eventDetector() {
        return events;
    }

    /** What event detection reads of a document: its headline and the first two sentences of its body, run-on text cut short. */
    public EventDetector.Lead lead(String fileName, byte[] content) throws UnreadableDocumentException {
        ParsedDocument doc = reader.read(fileName, content);
        String first = doc.paragraphs().isEmpty() ? "" : doc.paragraphs().get(0);
        List<Sentence> sentences = splitter.split(first);
        String lead = sentences.isEmpty() ? first : first.substring(0, sentences.get(Math.min(1, sentences.size() - 1)).end());
        return new EventDetector.Lead(doc.title(), lead.length() > MAX_CLAIM_CHARS ? lead.substring(0, MAX_CLAIM_CHARS) : lead);
    }

    /** Analysis of one document on its own: the event is the one its own headline and lead show. */
    public ArticleAnalysis analyze(String fileName, byte[] content) throws UnreadableDocumentException {
        return analyze(fileName, content, events.detect(List.of(lead(fileName, content))));
    }

    /** Analysis of one document of a corpus whose event is known. */
    public ArticleAnalysis analyze(String fileName, byte[] content, CorpusEvent event) throws UnreadableDocumentException {
        AnnotatedDocument a = pipeline.annotate(new AnnotatedDocument(fileName, content, event));
        ParsedDocument doc = a.get(AnnotationKey.DOCUMENT);
        String body = a.get(AnnotationKey.BODY);
        SourceMention publisher = publisher(doc.publisher());
        return new ArticleAnalysis(doc, body, sha256(content), DocumentReader.countWords(body),
                publisher, distinctSources(a.get(AnnotationKey.CITED_SOURCES), bylineAgencies(doc.byline()), publisher), a.get(AnnotationKey.CLAIMS),
                a.get(AnnotationKey.ARTICLE_STANCES), pipeline.provides().contains(AnnotationKey.ORGANISATIONS) ? a.get(AnnotationKey.ORGANISATIONS) : Map.of());
    }

    /** The publisher as a source: its gazetteer name when known, else a news outlet of that name. */
    private SourceMention publisher(String credit) {
        if (credit == null) {
            return null;
        }
        Gazetteer.SourceEntry known = gazetteer.source(credit).orElse(null);
        List<CountryMention> places = known == null ? new CountryRecognizer().recognize(credit, gazetteer.scan(credit)) : List.of();
        if (places.stream().map(CountryMention::code).distinct().count() >= 2) {
            return null; // "Israel Palestine Conflict" above the headline is the page's topic, not its outlet
        }
        if (places.size() == 1 && places.get(0).start() == 0 && places.get(0).end() == credit.strip().length()) {
            return null; // "By Jane Doe | Lima": where the reporter files from, not the outlet
        }
        return known != null
                ? new SourceMention(known.name(), known.kind(), -1, -1, credit, false)
                : new SourceMention(credit, kindByName(credit), -1, -1, credit, false);
    }

    private static final Pattern RESEARCH_BODY_NAME = Pattern.compile("\\b(?:Institute|Centre|Center|Foundation)\\b");

    /** What an unknown publisher is by its name: a state's body ("Ministry of ..."), a research body ("Institute for ..."), else an outlet. */
    static SourceKind kindByName(String name) {
        return Names.namesStateBody(name) ? SourceKind.GOVERNMENT
                : RESEARCH_BODY_NAME.matcher(name).find() ? SourceKind.THINK_TANK : SourceKind.NEWS_OUTLET;
    }

    /** Parts of a byline: "Ana Ruiz and AFP", "Reuters / Example News", "AP staff". */
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s*(?:,|&|/|\\||\\band\\b|\\bwith\\b)\\s*");
    private static final Pattern STAFF = Pattern.compile("(?i)\\s+(?:staff|team|desk|newsroom|reporters?|correspondents?|writers?)$");

    /** "By AFP", "Ana Ruiz and Reuters staff": a wire agency credited in the byline wrote the story, a source of it. */
    private List<SourceMention> bylineAgencies(String byline) {
        if (byline == null) {
            return List.of();
        }
        List<SourceMention> out = new ArrayList<>();
        for (String part : BYLINE_PARTS.split(byline.strip())) {
            String name = STAFF.matcher(part.strip()).replaceFirst("");
            gazetteer.source(name).filter(e -> e.kind() == SourceKind.WIRE_AGENCY)
                    .ifPresent(e -> out.add(new SourceMention(e.name(), e.kind(), -1, -1, name, false)));
        }
        return out;
    }

    /** One mention per source (the first), the wire agencies of the byline, then the publisher's own credit when the page names one. */
    private static List<SourceMention> distinctSources(List<SourceMention> cited, List<SourceMention> byline, SourceMention publisher) {
        Map<String, SourceMention> byKey = new LinkedHashMap<>();
        for (SourceMention m : cited) {
            byKey.putIfAbsent(Names.key(m.name()), m);
        }
        for (SourceMention m : byline) {
            byKey.putIfAbsent(Names.key(m.name()), m);
        }
        if (publisher != null) {
            byKey.putIfAbsent(Names.key(publisher.name()), publisher);
        }
        return List.copyOf(byKey.values());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
