package io.stancegraph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** StanceGraph's own settings, under the {@code stancegraph.} prefix. */
@ConfigMapping(prefix = "stancegraph")
public interface StanceGraphConfig {

    Seeds seeds();

    Api api();

    Ingest ingest();

    interface Ingest {
        /** Bearer token that mutations must present (env STANCEGRAPH_INGEST_TOKEN); unset disables mutations. */
        java.util.Optional<String> token();

        /** Largest document ingestArticle accepts, in bytes. */
        @WithDefault("2097152")
        int maxBytes();
    }

    interface Seeds {
        /** Directory whose *.txt, *.html and *.htm files are loaded at startup (env STANCEGRAPH_SEEDS_DIR). */
        @WithDefault("seeds")
        String dir();

        /** Load the seeds directory at startup. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Api {
        /** Largest page a connection returns; asking for more is a LIMIT_EXCEEDED error. */
        @WithDefault("100")
        int maxPageSize();

        /**
         * Keep error-free answers to queries until the corpus changes, so a repeated query costs a
         * map lookup. Off: every query runs through the engine (its read results are still cached).
         */
        @WithDefault("true")
        boolean responseCache();
    }
}
