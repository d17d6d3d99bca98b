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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

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
        long id = insert(List.of(new Document(fileName, analysis))).get(0);
        return new Stored(em.find(Article.class, id), true);
    }

    /** One analysed document of a bulk load. */
    public record Document(String fileName, ArticleAnalysis analysis) {
    }

    /**
     * Stores the documents of a bulk load in one go: one query for the content already stored, then the rows of the new
     * ones. Returns, in order, whether each document was new (the same content twice stores it once). Nothing is derived
     * here: the loader recomputes the corpus when it is done.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Boolean> storeAll(List<Document> documents) {
        List<String> hashes = documents.stream().map(d -> d.analysis().contentHash()).toList();
        Set<String> known = new HashSet<>(em.createNamedQuery("Article.hashesIn", String.class)
                .setParameter("hashes", hashes).getResultList());
        List<Boolean> created = new ArrayList<>();
        List<Document> fresh = new ArrayList<>();
        for (Document d : documents) {
            boolean isNew = known.add(d.analysis().contentHash());
            created.add(isNew);
            if (isNew) {
                fresh.add(d);
            }
        }
        if (!fresh.isEmpty()) {
            insert(fresh);
        }
        return created;
    }

    /**
     * Writes the rows of new articles: sources and countries through the persistence context (rarely new, flushed first),
     * then every other row with one JDBC batch per table and ids from the entities' own generators. Returns the articles' ids.
     */
    private List<Long> insert(List<Document> documents) {
        Map<String, Long> sources = new HashMap<>();
        Map<String, Long> countries = new HashMap<>();
        for (Document d : documents) {
            ArticleAnalysis a = d.analysis();
            if (a.publisher() != null) {
                sources.computeIfAbsent(sourceKey(a.publisher().name()), k -> sourceId(a.publisher().name(), a.publisher().kind()));
            }
            a.sources().forEach(s -> sources.computeIfAbsent(sourceKey(s.name()), k -> sourceId(s.name(), s.kind())));
            a.claims().stream().filter(c -> c.source() != null)
                    .forEach(c -> sources.computeIfAbsent(sourceKey(c.source().name()), k -> sourceId(c.source().name(), c.source().kind())));
            a.stances().keySet().forEach(code -> countries.computeIfAbsent(code, this::countryId));
            a.claims().forEach(c -> c.positions().keySet().forEach(code -> countries.computeIfAbsent(code, this::countryId)));
        }
        em.flush(); // the new sources and countries exist before the rows that refer to them
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        ArticleRows rows = new ArticleRows(session, sources, countries);
        session.doWork(connection -> rows.insert(connection, documents));
        return rows.articleIds;
    }

    /** The rows of a batch of new articles, written with one JDBC batch per table in foreign-key order. */
    private static final class ArticleRows {
        private final SharedSessionContractImplementor session;
        private final Map<String, Long> sources;
        private final Map<String, Long> countries;
        private final List<Object[]> articles = new ArrayList<>();
        private final List<Object[]> articleSources = new ArrayList<>();
        private final List<Object[]> claims = new ArrayList<>();
        private final List<Object[]> claimCountries = new ArrayList<>();
        private final List<Object[]> stances = new ArrayList<>();
        private final List<Object[]> organisations = new ArrayList<>();
        private final List<Object[]> organisationClaims = new ArrayList<>();
        private final Map<Class<?>, IdentifierGenerator> generators = new HashMap<>();

        final List<Long> articleIds = new ArrayList<>();

        ArticleRows(SharedSessionContractImplementor session, Map<String, Long> sources, Map<String, Long> countries) {
            this.session = session;
            this.sources = sources;
            this.countries = countries;
        }

        /** The next id of an entity from its own generator: the ids Hibernate would give, never one it gives elsewhere. */
        private long nextId(Class<?> entity) {
            IdentifierGenerator generator = generators.computeIfAbsent(entity, e ->
                    (IdentifierGenerator) session.getFactory().getMappingMetamodel().getEntityDescriptor(e).getGenerator());
            return ((Number) generator.generate(session, null)).longValue();
        }

        private Long source(SourceMention s) {
            return s == null ? null : sources.get(sourceKey(s.name()));
        }

        void insert(Connection connection, List<Document> documents) throws SQLException {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (Document d : documents) {
                add(d, now);
            }
            write(connection, "insert into article (id, uid, file_name, title, published_on, byline, body, word_count, content_hash, "
                    + "ingested_at, publisher_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", articles);
            write(connection, "insert into article_source (article_id, source_id, ordinal) values (?, ?, ?)", articleSources);
            write(connection, "insert into claim (id, uid, article_id, ordinal, quote, start_offset, end_offset, position, certainty, speaker, "
                    + "source_id, corroboration_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", claims);
            write(connection, "insert into claim_country (id, claim_id, country_id, position, cue, sieve, quote_key) values (?, ?, ?, ?, ?, ?, ?)",
                    claimCountries);
            write(connection, "insert into article_stance (id, article_id, country_id, ordinal, mentions, position, confidence) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", stances);
            write(connection, "insert into article_organisation (id, article_id, organisation, ordinal, mentions, position, confidence) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", organisations);
            write(connection, "insert into organisation_claim (id, article_id, organisation, quote, start_offset, end_offset, position, "
                    + "certainty, cue, sieve) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", organisationClaims);
        }

        /** The rows of one article. */
        private void add(Document d, OffsetDateTime now) {
            ArticleAnalysis a = d.analysis();
            long articleId = nextId(Article.class);
            articleIds.add(articleId);
            String uid = a.contentHash().substring(0, 16);
            articles.add(new Object[] {articleId, uid, fit(d.fileName(), 500), fit(a.document().title(), 1000),
                    a.document().publishedOn(), fit(a.document().byline(), 500), a.body(), a.wordCount(), a.contentHash(), now,
                    source(a.publisher())});
            Set<Long> cited = new LinkedHashSet<>();
            a.sources().forEach(s -> cited.add(source(s)));
            int ordinal = 0;
            for (Long sourceId : cited) {
                articleSources.add(new Object[] {articleId, sourceId, ordinal++});
            }
            Map<String, List<QuoteOrder.Entry>> quoteEntries = new HashMap<>();
            Map<String, List<Object[]>> quoteRows = new HashMap<>();
            for (ClaimDraft c : a.claims()) {
                long claimId = nextId(Claim.class);
                claims.add(new Object[] {claimId, uid + "-" + c.ordinal(), articleId, c.ordinal(), c.quote(), c.start(), c.end(),
                        c.position().name(), c.certainty().name(), fit(c.attribution().speaker(), 300), source(c.source())});
                c.positions().forEach((code, position) -> {
                    io.stancegraph.analysis.Evidence e = c.evidence().get(code);
                    Object[] row = {nextId(ClaimCountry.class), claimId, countries.get(code), position.name(),
                            e == null ? null : fit(e.cue(), 200), e == null ? null : e.rule(), 0L};
                    quoteEntries.computeIfAbsent(code, k -> new ArrayList<>()).add(new QuoteOrder.Entry(c.ordinal(), position,
                            c.certainty() == Certainty.HEDGED));
                    quoteRows.computeIfAbsent(code, k -> new ArrayList<>()).add(row);
                });
            }
            quoteRows.forEach((code, rows) -> {
                long[] keys = QuoteOrder.keys(articleId, quoteEntries.get(code));
                for (int i = 0; i < rows.size(); i++) {
                    rows.get(i)[6] = keys[i];
                    claimCountries.add(rows.get(i));
                }
            });
            ordinal = 0;
            for (ArticleStanceDraft s : a.stances().values()) {
                stances.add(new Object[] {nextId(ArticleStance.class), articleId, countries.get(s.code()), ordinal++, s.mentions(),
                        s.position().name(), s.confidence()});
            }
            ordinal = 0;
            for (OrganisationStance o : a.organisations().values()) {
                organisations.add(new Object[] {nextId(ArticleOrganisation.class), articleId, o.code(), ordinal++, o.mentions(),
                        o.position().name(), o.confidence()});
                for (OrganisationStatement st : o.statements()) {
                    organisationClaims.add(new Object[] {nextId(OrganisationClaim.class), articleId, o.code(), st.quote(), st.start(),
                            st.end(), st.position().name(), st.certainty().name(),
                            st.evidence() == null ? null : fit(st.evidence().cue(), 200),
                            st.evidence() == null ? null : st.evidence().rule()});
                }
            }
        }

        private static void write(Connection connection, String sql, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        s.setObject(i + 1, row[i]);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    /** A value cut to its column's length (titles, bylines and speaker names of odd pages can be longer). */
    static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    private static String sourceKey(String fullName) {
        return Names.key(fit(fullName, 300));
    }

    /** The row id of a source, created when it is new. */
    private Long sourceId(String fullName, SourceKind kind) {
        String name = fit(fullName, 300);
        String key = Names.key(name);
        Learned learned = learned();
        Long id = sourceIds.getOrDefault(key, learned.sources().get(key));
        if (id != null) {
            return id;
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
        return source.id;
    }

    /** The row id of a country, created when it is new. */
    private Long countryId(String code) {
        Learned learned = learned();
        Long id = countryIds.getOrDefault(code, learned.countries().get(code));
        if (id != null) {
            return id;
        }
        Country country = Country.find("#Country.byCode", code).firstResult();
        if (country == null) {
            country = new Country();
            country.code = code;
            country.name = gazetteer.country(code).map(Gazetteer.CountryEntry::name).orElse(code);
            country.persist();
        }
        learned.countries().put(code, country.id);
        return country.id;
    }
}
