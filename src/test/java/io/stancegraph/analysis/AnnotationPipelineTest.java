package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnotationPipelineTest {

    private static final Gazetteer G = Gazetteer.load();

    private static Annotator stage(String name, Set<AnnotationKey<?>> requires, Set<AnnotationKey<?>> provides, List<String> log) {
        return new Annotator() {
            public String name() {
                return name;
            }

            public Set<AnnotationKey<?>> requires() {
                return requires;
            }

            public Set<AnnotationKey<?>> provides() {
                return provides;
            }

            public void annotate(AnnotatedDocument doc) {
                log.add(name);
                provides.forEach(k -> doc.set(k, null));
            }
        };
    }

    @Test
    void aStageWhoseInputNoEarlierStageProvidesIsRejectedAtConstruction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AnnotationPipeline(List.of(
                new ReaderAnnotator(G), new WordAnnotator(WordTagger.shared()), new SentenceAnnotator(new SentenceSplitter()))));
        assertTrue(e.getMessage().contains("'words' needs [sentences]"), e.getMessage());
    }

    @Test
    void stagesRunInOrderAndEachMustAddWhatItPromises() throws Exception {
        List<String> log = new ArrayList<>();
        AnnotationKey<String> a = new AnnotationKey<>("a");
        AnnotationKey<String> b = new AnnotationKey<>("b");
        new AnnotationPipeline(List.of(stage("first", Set.of(), Set.of(a), log), stage("second", Set.of(a), Set.of(b), log)))
                .annotate(new AnnotatedDocument("x.txt", new byte[0], CorpusEvent.UNKNOWN));
        assertEquals(List.of("first", "second"), log);

        Annotator liar = new Annotator() {
            public String name() {
                return "liar";
            }

            public Set<AnnotationKey<?>> requires() {
                return Set.of();
            }

            public Set<AnnotationKey<?>> provides() {
                return Set.of(a);
            }

            public void annotate(AnnotatedDocument doc) {
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new AnnotationPipeline(List.of(liar))
                .annotate(new AnnotatedDocument("x.txt", new byte[0], CorpusEvent.UNKNOWN)));
        assertTrue(e.getMessage().contains("'liar' did not add 'a'"), e.getMessage());
    }

    @Test
    void anAnalyzerNeedsAPipelineThatEndsInClaimsAndStances() {
        AnnotationPipeline partial = new AnnotationPipeline(List.of(new ReaderAnnotator(G), new SentenceAnnotator(new SentenceSplitter())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ArticleAnalyzer(G, new SentenceSplitter(), partial));
        assertTrue(e.getMessage().contains("cited sources"), e.getMessage());
    }

    @Test
    void theStandardPipelineProvidesEveryAnnotation() throws Exception {
        AnnotationPipeline p = ArticleAnalyzer.standardPipeline(G, new SentenceSplitter(), WordTagger.shared(), StanceClassifier.SIEVES);
        AnnotatedDocument doc = p.annotate(new AnnotatedDocument("note.txt",
                "Chile recalls envoy\n\nChile recalled its ambassador to Peru on Monday, the foreign ministry said."
                        .getBytes(StandardCharsets.UTF_8), CorpusEvent.UNKNOWN));
        for (AnnotationKey<?> k : p.provides()) {
            assertTrue(doc.has(k), k.name());
        }
        assertEquals(9, p.annotators().size());
    }
}
