package io.stancegraph.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.stancegraph.analysis.ArticleAnalyzer;
import io.stancegraph.analysis.CorpusEvent;
import io.stancegraph.analysis.EventDetector;
import io.stancegraph.analysis.StanceClassifier;
import io.stancegraph.config.StanceGraphConfig;
import io.stancegraph.model.EventRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The corpus event: set by configuration ({@code stancegraph.event.*}), else the one stored with the
 * corpus, else detected from the first articles and stored. Once known it stays fixed as articles
 * arrive, so an ingestion never re-decides every stance; changing it is a reconfiguration.
 */
@ApplicationScoped
public class EventService {

    private static final Logger LOG = Logger.getLogger(EventService.class);

    @Inject
    StanceGraphConfig config;

    @Inject
    ArticleAnalyzer analyzer;

    private volatile CorpusEvent current;
    private volatile String origin = "NONE";

    /** The event in force; {@link CorpusEvent#UNKNOWN} before any is known. */
    public CorpusEvent current() {
        CorpusEvent e = current;
        return e != null ? e : stored();
    }

    /** DETECTED, CONFIGURED or NONE. */
    public String origin() {
        current();
        return origin;
    }

    /**
     * The event to analyse with: configured, else stored, else detected from the leads the supplier
     * gives (read only then) and stored.
     */
    public synchronized CorpusEvent resolve(Supplier<List<EventDetector.Lead>> leads) {
        CorpusEvent configured = configured();
        if (configured != null) {
            keep(configured, "CONFIGURED");
            return configured;
        }
        CorpusEvent known = stored();
        if (known.known()) {
            return known;
        }
        List<EventDetector.Lead> sample = leads.get();
        if (sample.isEmpty()) {
            return CorpusEvent.UNKNOWN;
        }
        CorpusEvent detected = analyzer.eventDetector().detect(sample);
        if (detected.known()) {
            keep(detected, "DETECTED");
            LOG.infof("corpus event detected from %d articles: %s (actors %s, act %s, object %s, targets %s)", sample.size(),
                    detected.summary(), detected.actors(), detected.act(), detected.object(), detected.targets());
            return current();
        }
        return detected;
    }

    private CorpusEvent configured() {
        StanceGraphConfig.Event c = config.event();
        if (c.actors().isEmpty() && c.act().isEmpty() && c.object().isEmpty()) {
            return null;
        }
        List<String> actors = c.actors().orElse(List.of()).stream().map(EventService::code).toList();
        List<String> targets = c.targets().orElse(List.of()).stream().map(EventService::code).toList();
        String act = c.act().map(String::strip).orElse(null);
        String object = c.object().map(String::strip).orElse(null);
        String summary = c.summary().orElseGet(() -> analyzer.eventDetector().summarise(actors, act, object, targets));
        return CorpusEvent.of(summary, actors, act, object, targets, StanceClassifier.ACTS);
    }

    /** A configured actor or target: a state's ISO code ("au" is Australia), else an organisation by its code or name ("OPEC" is "opec"). */
    private static String code(String configured) {
        String iso = configured.strip().toUpperCase(Locale.ROOT);
        if (io.stancegraph.analysis.Gazetteer.load().country(iso).isPresent()) {
            return iso;
        }
        return io.stancegraph.analysis.Organisations.load().find(configured.strip()).map(io.stancegraph.analysis.Organisations.Entry::code)
                .orElse(iso);
    }

    private CorpusEvent stored() {
        EventRecord r = QuarkusTransaction.requiringNew().call(() -> EventRecord.<EventRecord>findById(1));
        if (r == null) {
            return CorpusEvent.UNKNOWN;
        }
        CorpusEvent e = new CorpusEvent(r.summary, split(r.actors, ","), r.act, r.object, split(r.targets, ","),
                new LinkedHashSet<>(split(r.triggers, " ")));
        current = e;
        origin = r.origin;
        return e;
    }

    private void keep(CorpusEvent e, String from) {
        try {
            store(e, from);
        } catch (RuntimeException raced) {
            // another replica stored its event first: the corpus keeps that one
            CorpusEvent other = stored();
            if (other.known()) {
                LOG.infof("corpus event already stored by another instance: %s", other.summary());
                return;
            }
            throw raced;
        }
        current = e;
        origin = from;
    }

    private void store(CorpusEvent e, String from) {
        QuarkusTransaction.requiringNew().run(() -> {
            EventRecord r = EventRecord.findById(1);
            if (r == null) {
                r = new EventRecord();
            }
            r.summary = cap(e.summary(), 500);
            r.actors = cap(String.join(",", e.actors()), 500);
            r.act = cap(e.act(), 60);
            r.object = cap(e.object(), 300);
            r.targets = cap(String.join(",", e.targets()), 500);
            String triggers = String.join(" ", e.triggers());
            r.triggers = triggers.length() <= 4000 ? triggers : triggers.substring(0, triggers.lastIndexOf(' ', 4000));
            r.origin = from;
            r.persist();
        });
    }

    /** Bounded to the column: the stored event never fails on a long object name or many triggers. */
    private static String cap(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(sep)).filter(x -> !x.isBlank()).toList();
    }
}
