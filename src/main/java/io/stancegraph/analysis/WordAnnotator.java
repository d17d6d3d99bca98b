package io.stancegraph.analysis;

import java.util.List;
import java.util.Set;

/**
 * Words of every sentence with part-of-speech tags and lemmas ({@link WordTagger}). Run-on text longer than
 * {@link ArticleAnalyzer#MAX_CLAIM_CHARS} is never a claim and is not tagged.
 */
public final class WordAnnotator extends BaseAnnotator {

    private final WordTagger tagger;

    public WordAnnotator(WordTagger tagger) {
        super("words", Set.of(AnnotationKey.BODY, AnnotationKey.SENTENCES),
                Set.of(AnnotationKey.WORDS));
        this.tagger = tagger;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.get(AnnotationKey.SENTENCES).stream()
                .filter(s -> s.text().length() <= ArticleAnalyzer.MAX_CLAIM_CHARS).toList();
        doc.set(AnnotationKey.WORDS, tagger.tag(doc.get(AnnotationKey.BODY), sentences));
    }
}
