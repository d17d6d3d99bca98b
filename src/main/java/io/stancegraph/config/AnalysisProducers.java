package io.stancegraph.config;

import io.stancegraph.analysis.ArticleAnalyzer;
import io.stancegraph.analysis.Gazetteer;
import io.stancegraph.analysis.SentenceSplitter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java analysis pipeline available for injection; built once. */
public class AnalysisProducers {

    @Produces
    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.load();
    }

    @Produces
    @Singleton
    ArticleAnalyzer analyzer(Gazetteer gazetteer, StanceGraphConfig config) {
        return new ArticleAnalyzer(gazetteer, new SentenceSplitter(), config.analysis().sieves());
    }
}
