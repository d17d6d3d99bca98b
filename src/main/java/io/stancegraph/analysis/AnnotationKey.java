package io.stancegraph.analysis;

import java.util.List;
import java.util.Map;

/**
 * The typed name of one annotation of an {@link AnnotatedDocument}; the constants are every annotation the
 * standard pipeline knows. Compared by identity.
 *
 * @param <T> the type of the annotation's value
 */
public final class AnnotationKey<T> {

    /** The document read: metadata and paragraphs, furniture removed ({@link ReaderAnnotator}). */
    public static final AnnotationKey<ParsedDocument> DOCUMENT = new AnnotationKey<>("document");
    /** The article text, paragraphs separated by blank lines ({@link ReaderAnnotator}). */
    public static final AnnotationKey<String> BODY = new AnnotationKey<>("body");
    /** Sentences of the body ({@link SentenceAnnotator}). */
    public static final AnnotationKey<List<Sentence>> SENTENCES = new AnnotationKey<>("sentences");
    /** Words of the body with part-of-speech tags and lemmas ({@link WordAnnotator}). */
    public static final AnnotationKey<Words> WORDS = new AnnotationKey<>("words");
    /** Gazetteer entries found in the body: countries, people, sources ({@link MentionAnnotator}). */
    public static final AnnotationKey<List<Gazetteer.Match>> GAZETTEER_MATCHES = new AnnotationKey<>("gazetteer matches");
    /** Countries named in the body ({@link MentionAnnotator}). */
    public static final AnnotationKey<List<CountryMention>> COUNTRIES = new AnnotationKey<>("countries");
    /** Countries named in the headline ({@link MentionAnnotator}). */
    public static final AnnotationKey<List<CountryMention>> TITLE_COUNTRIES = new AnnotationKey<>("headline countries");
    /** Known public figures in the body, as mentions of the country they speak for ({@link MentionAnnotator}). */
    public static final AnnotationKey<List<CountryMention>> PEOPLE = new AnnotationKey<>("people");
    /** Sources the body cites ({@link SourceAnnotator}). */
    public static final AnnotationKey<List<SourceMention>> CITED_SOURCES = new AnnotationKey<>("cited sources");
    /** Per sentence (same index as {@link #SENTENCES}): who says it, or null for a sentence that cannot be a claim ({@link SpeakerAnnotator}). */
    public static final AnnotationKey<List<Attribution>> ATTRIBUTIONS = new AnnotationKey<>("attributions");
    /** Claims with their certainty, source and positions ({@link ClaimAnnotator}). */
    public static final AnnotationKey<List<ClaimDraft>> CLAIMS = new AnnotationKey<>("claims");
    /** The article's stance per country ({@link ArticleStanceAnnotator}). */
    public static final AnnotationKey<Map<String, ArticleStanceDraft>> ARTICLE_STANCES = new AnnotationKey<>("article stances");
    /** Organisations the article names, with their positions and statements ({@link OrganisationAnnotator}). */
    public static final AnnotationKey<Map<String, OrganisationStance>> ORGANISATIONS = new AnnotationKey<>("organisations");

    private final String name;

    public AnnotationKey(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
