package io.stancegraph.ingest;

import io.stancegraph.analysis.ArticleAnalysis;
import io.stancegraph.analysis.ArticleStanceDraft;
import io.stancegraph.analysis.Certainty;
import io.stancegraph.analysis.ClaimDraft;
import io.stancegraph.analysis.Gazetteer;
import io.stancegraph.analysis.Names;
import io.stancegraph.analysis.OrganisationStance;
import io.stancegraph.analysis.OrganisationStatement;
import io.stancegraph.analysis.QuoteOrder;
import io.stancegraph.analysis.SourceKind;
import io.stancegraph.analysis.SourceMention;
import io.stancegraph.model.Article;
import io.stancegraph.model.ArticleOrganisation;
import io.stancegraph.model.ArticleStance;
import io.stancegraph.model.Claim;
import io.stancegraph.model.ClaimCountry;
import io.stancegraph.model.Country;
import io.stancegraph.model.OrganisationClaim;
import io.stancegraph.model.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stores analysed articles: the article, its claims, the countries they are about and its stances. */
@ApplicationScoped
public class CorpusWriter {

    /** What storing a document did. */
    public record Stored(Article article, boolean created) {
    }

    @Inject
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Row ids of committed sources and countries by key, so that storing an article does not look them up again. A row
     * created or found in a transaction joins only when that transaction commits: a rolled-back row must never be handed
     * to a concurrent transaction.
     */
    private final Map<String, Long> sourceIds = new ConcurrentHashMap<>();
    private final Map<String, Long> countryIds = new ConcurrentHashMap<>();

    /** The ids the current transaction learned, published to the caches when it commits. */
    private record Learned(Map<String, Long> sources, Map<String, Long> countries) {
    }

    private Learned learned() {
        Learned l = (Learned) transactions.getResource(Learned.class);
        if (l == null) {
            Learned fresh = new Learned(new HashMap<>(), new HashMap<>());
            transactions.putResource(Learned.class, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        sourceIds.putAll(fresh.sources());
                        countryIds.putAll(fresh.countries());
                    }
                }
            });
            l = fresh;
        }
        return l;
    }

    /** Stores one article with its claims and stances; the same content again returns the stored article. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored store(String fileName, ArticleAnalysis analysis) {
        Article existing = Article.find("#Article.byHash", analysis.contentHash()).firstResult();
        if (existing != null) {
            return new Stored(existing, false);
        }
        Article article = new Article();
        article.uid = analysis.contentHash().substring(0, 16);
        article.fileName = fit(fileName, 500);
        article.title = fit(analysis.document().title(), 1000);
        article.publishedOn = analysis.document().publishedOn();
        article.byline = fit(analysis.document().byline(), 500);
        article.body = analysis.body();
        article.wordCount = analysis.wordCount();
        article.contentHash = analysis.contentHash();
        article.ingestedAt = Instant.now();
        SourceMention publisher = analysis.publisher();
        article.publisher = publisher == null ? null : source(publisher.name(), publisher.kind());
        for (SourceMention s : analysis.sources()) {
            Source source = source(s.name(), s.kind());
            if (!article.sources.contains(source)) {
                article.sources.add(source);
            }
        }
        article.persist();

        Map<String, Country> countries = new HashMap<>();
        for (String code : analysis.stances().keySet()) {
            countries.put(code, country(code));
        }
        Map<String, List<QuoteOrder.Entry>> quoteEntries = new HashMap<>();
        Map<String, List<ClaimCountry>> quoteRows = new HashMap<>();
        for (ClaimDraft d : analysis.claims()) {
            Claim claim = new Claim();
            claim.uid = article.uid + "-" + d.ordinal();
            claim.article = article;
            claim.ordinal = d.ordinal();
            claim.quote = d.quote();
            claim.startOffset = d.start();
            claim.endOffset = d.end();
            claim.position = d.position();
            claim.certainty = d.certainty();
            claim.speaker = fit(d.attribution().speaker(), 300);
            claim.source = d.source() == null ? null : source(d.source().name(), d.source().kind());
            claim.persist();
            d.positions().forEach((code, position) -> {
                ClaimCountry cc = new ClaimCountry();
                cc.claim = claim;
                cc.country = countries.computeIfAbsent(code, this::country);
                cc.position = position;
                io.stancegraph.analysis.Evidence e = d.evidence().get(code);
                if (e != null) {
                    cc.cue = fit(e.cue(), 200);
                    cc.rule = e.rule();
                }
                quoteEntries.computeIfAbsent(code, k -> new ArrayList<>()).add(new QuoteOrder.Entry(d.ordinal(), position,
                        d.certainty() == Certainty.HEDGED));
                quoteRows.computeIfAbsent(code, k -> new ArrayList<>()).add(cc);
            });
        }
        quoteRows.forEach((code, rows) -> {
            long[] keys = QuoteOrder.keys(article.id, quoteEntries.get(code));
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).quoteKey = keys[i];
                rows.get(i).persist();
            }
        });
        int ordinal = 0;
        for (ArticleStanceDraft d : analysis.stances().values()) {
            ArticleStance stance = new ArticleStance();
            stance.article = article;
            stance.country = countries.get(d.code());
            stance.ordinal = ordinal++;
            stance.mentions = d.mentions();
            stance.position = d.position();
            stance.confidence = d.confidence();
            stance.persist();
        }
        storeOrganisations(article, analysis);
        return new Stored(article, true);
    }

    /**
     * Stores one article of a many-article transaction and then empties the persistence context: every flush (each
     * query triggers one) checks all entities the context holds, so without this a batch costs quadratic time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored storeInBatch(String fileName, ArticleAnalysis analysis) {
        Stored stored = store(fileName, analysis);
        em.flush();
        em.clear();
        return stored;
    }

    /** The organisations the article names, with their stance and the sentences behind it; no country row is involved. */
    private static void storeOrganisations(Article article, ArticleAnalysis analysis) {
        int ordinal = 0;
        for (OrganisationStance o : analysis.organisations().values()) {
            ArticleOrganisation row = new ArticleOrganisation();
            row.article = article;
            row.organisation = o.code();
            row.ordinal = ordinal++;
            row.mentions = o.mentions();
            row.position = o.position();
            row.confidence = o.confidence();
            row.persist();
            for (OrganisationStatement st : o.statements()) {
                OrganisationClaim claim = new OrganisationClaim();
                claim.article = article;
                claim.organisation = o.code();
                claim.quote = st.quote();
                claim.startOffset = st.start();
                claim.endOffset = st.end();
                claim.position = st.position();
                claim.certainty = st.certainty();
                if (st.evidence() != null) {
                    claim.cue = fit(st.evidence().cue(), 200);
                    claim.rule = st.evidence().rule();
                }
                claim.persist();
            }
        }
    }

    /** A value cut to its column's length (titles, bylines and speaker names of odd pages can be longer). */
    static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    private Source source(String fullName, SourceKind kind) {
        String name = fit(fullName, 300);
        String key = Names.key(name);
        Learned learned = learned();
        Long id = sourceIds.getOrDefault(key, learned.sources().get(key));
        if (id != null) {
            return em.getReference(Source.class, id);
        }
        Source source = Source.find("#Source.byKey", key).firstResult();
        if (source == null) {
            source = new Source();
            source.nameKey = key;
            source.name = name;
            source.kind = kind;
            source.persist();
        }
        learned.sources().put(key, source.id);
        return source;
    }

    private Country country(String code) {
        Learned learned = learned();
        Long id = countryIds.getOrDefault(code, learned.countries().get(code));
        if (id != null) {
            return em.getReference(Country.class, id);
        }
        Country country = Country.find("#Country.byCode", code).firstResult();
        if (country == null) {
            country = new Country();
            country.code = code;
            country.name = gazetteer.country(code).map(Gazetteer.CountryEntry::name).orElse(code);
            country.persist();
        }
        learned.countries().put(code, country.id);
        return country;
    }
}
