package io.stancegraph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** StanceGraph's own settings, under the {@code stancegraph.} prefix. */
@ConfigMapping(prefix = "stancegraph")
public interface StanceGraphConfig {

    Seeds seeds();

    Api api();

    Ingest ingest();

    Event event();

    Analysis analysis();

    Corpus corpus();

    Backfill backfill();

    interface Backfill {
        /** How often a replica looks for backfill jobs (0: this replica takes none). */
        @WithDefault("1s")
        Duration pollInterval();

        /** How long a claimed job stays with a replica before another may take it over. */
        @WithDefault("2m")
        Duration lease();

        /** Jobs a replica claims at a time. */
        @WithDefault("20")
        int batch();
    }

    interface Analysis {
        /**
         * The order in which the holder sieves give a cue to a country; the first that finds a holder
         * wins: frame, speaker, passive-agent, subject. An unknown name stops startup with its name.
         */
        @WithDefault("frame,speaker,passive-agent,subject")
        List<String> sieves();
    }

    /**
     * The corpus event, when set by hand: it then overrides detection. Leave all unset to detect the
     * event from the articles' headlines and leads.
     */
    interface Event {
        /** ISO codes of the states that carry out the act (STANCEGRAPH_EVENT_ACTORS=US). */
        Optional<List<String>> actors();

        /** The act's family in lexicon/acts.tsv (accede, withdraw, restore, ...) or the lemma of a verb it does not list (release). */
        Optional<String> act();

        /** What the act is about, as articles name it ("Paris climate agreement"). */
        Optional<String> object();

        /** ISO codes of the states the act is directed against. */
        Optional<List<String>> targets();

        /** One line that names the event; built from the parts when unset. */
        Optional<String> summary();
    }

    interface Ingest {
        /** Bearer token that mutations must present (env STANCEGRAPH_INGEST_TOKEN); unset disables mutations. */
        Optional<String> token();

        /** Largest document ingestArticle accepts, in bytes. */
        @WithDefault("2097152")
        int maxBytes();

        /** Most statements one document may yield; a document with more is refused whole. */
        @WithDefault("2000")
        int maxClaims();

        /** Most documents one ingestArticles call takes. */
        @WithDefault("100")
        int maxBatch();
    }

    interface Corpus {
        /** How often a replica checks the corpus version in the database (0 turns polling off). */
        @WithDefault("250ms")
        Duration pollInterval();

        /** Derive all stances, links and summaries from the stored articles again at startup. */
        @WithDefault("false")
        boolean recomputeAtStart();

        /** Longest a full recomputation may take, as its transaction timeout. */
        @WithDefault("30m")
        Duration recomputeTimeout();
    }

    interface Seeds {
        /** Directory whose documents (text, Markdown, mail, HTML, feed items) are loaded at startup (env STANCEGRAPH_SEEDS_DIR). */
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
