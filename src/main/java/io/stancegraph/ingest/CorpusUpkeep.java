package io.stancegraph.ingest;

import io.stancegraph.analysis.ArticleAnalysis;
import io.stancegraph.analysis.Corroboration;
import io.stancegraph.analysis.Position;
import io.stancegraph.analysis.StanceAggregator;
import io.stancegraph.analysis.StanceSummaries;
import io.stancegraph.analysis.Verdict;
import io.stancegraph.model.Country;
import io.stancegraph.model.LinkedIds;
import io.stancegraph.model.PositionCounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps what is derived from the stored articles current: claim links, countries' counts, corpus
 * stances, quote counts, example quotes and summaries. {@link #store} updates only what one
 * new article touches, in its transaction (the countries it names are locked, so concurrent
 * ingestions add up); {@link #recompute} derives everything from the stored articles again and
 * gives exactly the same state.
 */
@ApplicationScoped
public class CorpusUpkeep {

    private static final Logger LOG = Logger.getLogger(CorpusUpkeep.class);
    private static final long OPEN = Long.MAX_VALUE;

    @Inject
    EntityManager em;

    @Inject
    CorpusVersions versions;

    @Inject
    CorpusWriter writer;

    @Inject
    io.stancegraph.config.StanceGraphConfig config;

    /** A candidate's row: claim id, article, quote, and the highest id it links to when its links are full. */
    private record Row(long id, long articleId, String quote, long cutoff) {
    }

    /** An article's stance on a country as the running sums need it. */
    record StanceRow(long countryId, Position position, double confidence, int mentions) {
    }

    /** Claims of a country per position. */
    record ClaimCountRow(long countryId, Position position, long count) {
    }

    /** What a summary quotes of its example claim. */
    record QuoteRow(long claimId, String quote, String publisher, String title, String fileName) {
        String origin() {
            return publisher != null ? publisher : title != null ? title : fileName;
        }
    }

    /** A claim and one country it is about. */
    record ClaimCode(long claimId, String code) {
    }

    /** Claims of a country as the example choice needs them. */
    record ExampleRow(long countryId, long claimId, long articleId, int ordinal, int score, Position position) {
    }

    /** Best claim first: firm, with a position, attributed; then older article, then text order. */
    private static final Comparator<ExampleRow> BEST = Comparator.comparingInt(ExampleRow::score).reversed()
            .thenComparingLong(ExampleRow::articleId).thenComparingInt(ExampleRow::ordinal);
    /** An example that no longer supports its country: any candidate is better. */
    private static final ExampleRow WORST = new ExampleRow(0, 0, Long.MAX_VALUE, Integer.MAX_VALUE, -1, Position.NEUTRAL);

    // ---- one article ---------------------------------------------------------------------------

    /**
     * Stores one document and everything it changes in the current transaction, after taking the corpus lock before any
     * insert: concurrent writers queue there, each sees the claims committed before it, and none deadlocks on new rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CorpusWriter.Stored store(String fileName, ArticleAnalysis analysis) {
        versions.lockForChange();
        CorpusWriter.Stored stored = writer.store(fileName, analysis);
        if (stored.created()) {
            articleStored(stored.article().id);
            versions.bump();
        }
        return stored;
    }

    /** Updates links, countries and summaries for an article just stored in the current transaction. */
    private void articleStored(long articleId) {
        em.flush();
        Set<Long> countryIds = new TreeSet<>(em.createQuery(
                "select s.country.id from ArticleStance s where s.article.id = :a", Long.class).setParameter("a", articleId).getResultList());
        countryIds.addAll(em.createQuery("select cc.country.id from ClaimCountry cc where cc.claim.article.id = :a", Long.class)
                .setParameter("a", articleId).getResultList());
        // rows this transaction read before locking them may be stale once the lock is held
        List<Country> readBefore = countryIds.stream().map(id -> em.getReference(Country.class, id)).filter(Hibernate::isInitialized).toList();
        // one locking read, in id order: concurrent ingestions lock in the same order
        List<Country> countries = countryIds.isEmpty() ? List.of() : em.createQuery("from Country where id in :ids order by id", Country.class)
                .setParameter("ids", countryIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        readBefore.forEach(em::refresh);
        for (StanceRow r : em.createQuery("select new io.stancegraph.ingest.CorpusUpkeep$StanceRow(s.country.id, s.position, s.confidence, "
                + "s.mentions) from ArticleStance s where s.article.id = :a", StanceRow.class).setParameter("a", articleId).getResultList()) {
            addArticleStance(em.find(Country.class, r.countryId()), r.position(), r.confidence(), r.mentions());
        }
        for (ClaimCountRow r : em.createQuery("select new io.stancegraph.ingest.CorpusUpkeep$ClaimCountRow(cc.country.id, cc.position, count(cc)) "
                + "from ClaimCountry cc where cc.claim.article.id = :a group by cc.country.id, cc.position", ClaimCountRow.class)
                .setParameter("a", articleId).getResultList()) {
            increment(em.find(Country.class, r.countryId()).claims, r.position(), (int) r.count());
        }
        Map<Long, Position> before = new HashMap<>();
        for (Country c : countries) {
            before.put(c.id, c.position);
            settle(c);
        }
        em.flush();
        Map<Long, ExampleRow> newBest = bestExamples(examplesOf("a.id = :a", articleId));
        List<Long> current = countries.stream().filter(c -> before.get(c.id) == c.position && newBest.containsKey(c.id) && c.exampleClaimId != null)
                .map(c -> c.exampleClaimId).distinct().toList();
        Map<List<Long>, ExampleRow> examples = new HashMap<>(); // (claim, country) -> row, in one read
        if (!current.isEmpty()) {
            examplesOf("c.id in :a", current).forEach(r -> examples.put(List.of(r.claimId(), r.countryId()), r));
        }
        List<Country> repick = new ArrayList<>();
        for (Country c : countries) {
            ExampleRow candidate = newBest.get(c.id);
            if (before.get(c.id) != c.position) {
                repick.add(c);
            } else if (candidate != null && (c.exampleClaimId == null
                    || BEST.compare(candidate, examples.getOrDefault(List.of(c.exampleClaimId, c.id), WORST)) < 0)) {
                c.exampleClaimId = candidate.claimId();
            }
        }
        Map<Long, ExampleRow> repicked = repick.isEmpty() ? Map.of()
                : bestExamples(examplesOf("cc.country.id in :a", repick.stream().map(c -> c.id).toList()));
        repick.forEach(c -> c.exampleClaimId = repicked.containsKey(c.id) ? repicked.get(c.id).claimId() : null);
        summarise(countries);
        linkClaimsOf(articleId);
    }

    private void addArticleStance(Country c, Position p, double confidence, int mentions) {
        increment(c.articles, p, 1);
        int[] w = StanceAggregator.weightUnits(new Verdict(p, confidence));
        c.weightSupportive += w[0];
        c.weightOpposed += w[1];
        c.weightConcerned += w[2];
        c.mentionCount += mentions;
        c.articleCount++;
    }

    /** Stance, confidence and quote count from the running sums. */
    private static void settle(Country c) {
        Verdict v = StanceAggregator.fromWeights(c.weightSupportive, c.weightOpposed, c.weightConcerned, c.articles.neutral);
        c.position = v.position();
        c.confidence = v.confidence();
        int quotes = 0;
        for (Position p : Position.values()) {
            quotes += p.supports(c.position) ? count(c.claims, p) : 0;
        }
        c.quoteCount = quotes;
    }

    // ---- the whole corpus ------------------------------------------------------------------------

    /** {@link #recompute} in a transaction of its own, with the configured timeout, and the new version announced. */
    public void recomputeAll() {
        long t0 = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).run(this::recomputeCountries);
        long t1 = System.nanoTime();
        int links = relinkAll();
        // fresh planner statistics: after a bulk load they describe empty tables, and per-article queries would scan
        inChunk(connection -> {
            try (var s = connection.createStatement()) {
                s.execute("ANALYZE");
            }
        });
        QuarkusTransaction.requiringNew().run(versions::bump);
        LOG.infof("corpus recomputed: countries in %d ms, %d claim links in %d ms", (t1 - t0) / 1_000_000, links,
                (System.nanoTime() - t1) / 1_000_000);
    }

    private int timeoutSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, config.corpus().recomputeTimeout().toSeconds());
    }

    /** Derives counts, stances, examples and summaries of every country from the stored article stances and claims. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeCountries() {
        em.flush();
        List<Country> all = Country.listAll();
        Map<Long, Country> byId = new HashMap<>();
        for (Country c : all) {
            byId.put(c.id, c);
            c.articles = new PositionCounts();
            c.claims = new PositionCounts();
            c.weightSupportive = 0;
            c.weightOpposed = 0;
            c.weightConcerned = 0;
            c.mentionCount = 0;
            c.articleCount = 0;
        }
        for (StanceRow r : em.createQuery("select new io.stancegraph.ingest.CorpusUpkeep$StanceRow(s.country.id, s.position, s.confidence, "
                + "s.mentions) from ArticleStance s", StanceRow.class).getResultList()) {
            addArticleStance(byId.get(r.countryId()), r.position(), r.confidence(), r.mentions());
        }
        for (ClaimCountRow r : em.createQuery("select new io.stancegraph.ingest.CorpusUpkeep$ClaimCountRow(cc.country.id, cc.position, count(cc)) "
                + "from ClaimCountry cc group by cc.country.id, cc.position", ClaimCountRow.class).getResultList()) {
            increment(byId.get(r.countryId()).claims, r.position(), (int) r.count());
        }
        all.forEach(CorpusUpkeep::settle);
        em.flush();
        Map<Long, ExampleRow> examples = bestExamples(examplesOf(null, null));
        all.forEach(c -> c.exampleClaimId = examples.containsKey(c.id) ? examples.get(c.id).claimId() : null);
        summarise(all);
    }

    // ---- examples and summaries -----------------------------------------------------------------

    /** Claim-country rows that support their country's stance, as example candidates (optionally restricted). */
    private List<ExampleRow> examplesOf(String where, Object parameter) {
        var q = em.createQuery("""
                select new io.stancegraph.ingest.CorpusUpkeep$ExampleRow(cc.country.id, c.id, a.id, c.ordinal,
                       (case when c.certainty = io.stancegraph.analysis.Certainty.HEDGED then 0 else 4 end)
                     + (case when c.position <> io.stancegraph.analysis.Position.NEUTRAL then 2 else 0 end)
                     + (case when c.speaker is not null or c.source is not null then 1 else 0 end), cc.position)
                from ClaimCountry cc join cc.claim c join c.article a join cc.country k
                where (cc.position = k.position
                   or (cc.position <> io.stancegraph.analysis.Position.NEUTRAL and k.position <> io.stancegraph.analysis.Position.NEUTRAL))
                """ + (where == null ? "" : " and " + where), ExampleRow.class);
        if (where != null) {
            q.setParameter("a", parameter);
        }
        return q.getResultList();
    }

    private Map<Long, ExampleRow> bestExamples(List<ExampleRow> rows) {
        Map<Long, Position> stance = new HashMap<>();
        Map<Long, ExampleRow> best = new HashMap<>();
        for (ExampleRow r : rows) {
            Position p = stance.computeIfAbsent(r.countryId(), id -> em.find(Country.class, id).position);
            if (r.position().supports(p) && (!best.containsKey(r.countryId()) || BEST.compare(r, best.get(r.countryId())) < 0)) {
                best.put(r.countryId(), r);
            }
        }
        return best;
    }

    private void summarise(Collection<Country> countries) {
        Map<Long, QuoteRow> quotes = new HashMap<>();
        List<Long> ids = countries.stream().map(c -> c.exampleClaimId).filter(Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            for (QuoteRow r : em.createQuery("select new io.stancegraph.ingest.CorpusUpkeep$QuoteRow(c.id, c.quote, p.name, a.title, a.fileName) "
                    + "from Claim c join c.article a left join a.publisher p where c.id in :ids", QuoteRow.class).setParameter("ids", ids).getResultList()) {
                quotes.put(r.claimId(), r);
            }
        }
        for (Country c : countries) {
            QuoteRow ex = c.exampleClaimId == null ? null : quotes.get(c.exampleClaimId);
            EnumMap<Position, Integer> byPosition = new EnumMap<>(Position.class);
            for (Position p : Position.values()) {
                if (count(c.articles, p) > 0) {
                    byPosition.put(p, count(c.articles, p));
                }
            }
            c.summary = StanceSummaries.summarise(c.name, new Verdict(c.position, c.confidence), byPosition,
                    ex == null ? null : ex.quote(), ex == null ? null : ex.origin());
        }
    }

    static int count(PositionCounts counts, Position p) {
        return switch (p) {
            case SUPPORTIVE -> counts.supportive;
            case OPPOSED -> counts.opposed;
            case CONCERNED -> counts.concerned;
            case NEUTRAL -> counts.neutral;
            case MIXED -> counts.mixed;
        };
    }

    static void increment(PositionCounts counts, Position p, int by) {
        switch (p) {
            case SUPPORTIVE -> counts.supportive += by;
            case OPPOSED -> counts.opposed += by;
            case CONCERNED -> counts.concerned += by;
            case NEUTRAL -> counts.neutral += by;
            case MIXED -> counts.mixed += by;
        }
    }

    // ---- claim links ------------------------------------------------------------------------------

    /**
     * Links the claims of one new article. A claim's candidates are the first claims of each of its
     * keys ({@link Corroboration#CANDIDATES_PER_KEY}); when the new claim is itself among the first
     * of a key, the claims there are candidates to take it among their links. One indexed range
     * read per key serves both, so the work does not grow with the corpus.
     */
    private void linkClaimsOf(long articleId) {
        em.unwrap(Session.class).doWork(connection -> {
            Map<Long, Corroboration.Prepared> cache = new HashMap<>();
            List<Row> own = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("select id, article_id, quote from claim where article_id = ? order by id")) {
                s.setLong(1, articleId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        own.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), OPEN));
                    }
                }
            }
            prepare(connection, own, cache);
            Set<Long> recount = new HashSet<>();
            try (PreparedStatement first = connection.prepareStatement("""
                    select k.claim_id, k.article_id, c.quote, k.cutoff from claim_key k join claim c on c.id = k.claim_id
                    where k.key_hash = ? order by k.claim_id limit ?""");
                 PreparedStatement insertKey = connection.prepareStatement(
                    "insert into claim_key (key_hash, claim_id, article_id, kind, cutoff) values (?, ?, ?, ?, ?)")) {
                for (Row row : own) {
                    Corroboration.Prepared c = cache.get(row.id());
                    for (Corroboration.Kind kind : Corroboration.Kind.values()) {
                        Set<Long> keys = c.keys(kind);
                        TreeMap<Long, Row> candidates = new TreeMap<>();
                        Map<Long, Row> takers = new HashMap<>();
                        List<Long> firstIn = new ArrayList<>();
                        for (long key : keys) {
                            List<Row> rows = firstOf(first, key);
                            boolean among = rows.size() < Corroboration.CANDIDATES_PER_KEY || row.id() < rows.get(rows.size() - 1).id();
                            if (among) {
                                firstIn.add(key);
                            }
                            if (among && rows.size() == Corroboration.CANDIDATES_PER_KEY) {
                                rows = rows.subList(0, rows.size() - 1); // the new claim takes a place among the first
                            }
                            for (Row r : rows) {
                                candidates.put(r.id(), r);
                                if (among) {
                                    takers.put(r.id(), r);
                                }
                            }
                        }
                        prepare(connection, new ArrayList<>(candidates.values()), cache);
                        List<Long> linked = new ArrayList<>();
                        for (Row r : candidates.values()) {
                            if (linked.size() < Corroboration.MAX_LINKS && Corroboration.related(kind, c, cache.get(r.id()))) {
                                linked.add(r.id());
                            }
                        }
                        if (!linked.isEmpty()) {
                            insertLinks(connection, row.id(), linked.stream().mapToLong(Long::longValue).toArray(), linked.size(), kind);
                        }
                        for (Row o : takers.values()) {
                            if (row.id() < o.cutoff() && Corroboration.related(kind, cache.get(o.id()), c)) {
                                addLink(connection, o.id(), row.id(), kind);
                                recount.add(o.id());
                            }
                        }
                        long cutoff = linked.size() >= Corroboration.MAX_LINKS ? linked.get(linked.size() - 1) : OPEN;
                        for (long key : firstIn) { // a key whose first claims are taken needs no row for this one
                            insertKey.setLong(1, key);
                            insertKey.setLong(2, row.id());
                            insertKey.setLong(3, articleId);
                            insertKey.setString(4, kind.name());
                            insertKey.setLong(5, cutoff);
                            insertKey.addBatch();
                        }
                        insertKey.executeBatch();
                    }
                    recount.add(row.id());
                }
            }
            recountCorroborations(connection, recount);
        });
    }

    /** The first claims of a key, by id. */
    private static List<Row> firstOf(PreparedStatement first, long key) throws SQLException {
        first.setLong(1, key);
        first.setInt(2, Corroboration.CANDIDATES_PER_KEY);
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = first.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getLong(4)));
            }
        }
        return rows;
    }

    /** Adds one link to a claim's links of a kind, keeps the lowest ids and records its cutoff on its keys once they are full. */
    private static void addLink(Connection connection, long claim, long other, Corroboration.Kind kind) throws SQLException {
        long[] others = null;
        try (PreparedStatement s = connection.prepareStatement("select other_ids from claim_link where claim_id = ? and kind = ?")) {
            s.setLong(1, claim);
            s.setString(2, kind.name());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    others = LinkedIds.unpack(r.getBytes(1));
                }
            }
        }
        if (others == null) {
            insertLinks(connection, claim, new long[] {other}, 1, kind);
            return;
        }
        int at = -Arrays.binarySearch(others, other) - 1;
        if (at < 0) {
            return; // already linked
        }
        long[] merged = new long[others.length + 1];
        System.arraycopy(others, 0, merged, 0, at);
        merged[at] = other;
        System.arraycopy(others, at, merged, at + 1, others.length - at);
        int kept = Math.min(merged.length, Corroboration.MAX_LINKS);
        try (PreparedStatement s = connection.prepareStatement("update claim_link set other_ids = ? where claim_id = ? and kind = ?")) {
            s.setBytes(1, LinkedIds.pack(merged, kept));
            s.setLong(2, claim);
            s.setString(3, kind.name());
            s.executeUpdate();
        }
        if (kept == Corroboration.MAX_LINKS) {
            try (PreparedStatement s = connection.prepareStatement("update claim_key set cutoff = ? where claim_id = ? and kind = ?")) {
                s.setLong(1, merged[kept - 1]);
                s.setLong(2, claim);
                s.setString(3, kind.name());
                s.executeUpdate();
            }
        }
    }

    /** Fills the cache with the prepared form of claims not yet in it (their countries read in one statement). */
    private static void prepare(Connection connection, List<Row> rows, Map<Long, Corroboration.Prepared> cache) throws SQLException {
        List<Row> missing = rows.stream().filter(r -> !cache.containsKey(r.id())).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> countries = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("select cc.claim_id, k.code from claim_country cc join country k "
                + "on k.id = cc.country_id where cc.claim_id in (" + placeholders(missing.size()) + ")")) {
            bind(s, missing.stream().map(Row::id).toList());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    countries.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
                }
            }
        }
        for (Row r : missing) {
            cache.put(r.id(), Corroboration.prepare(new Corroboration.ClaimText(r.id(), r.articleId(), r.quote(),
                    countries.getOrDefault(r.id(), Set.of()))));
        }
    }

    /** A claim's links of a kind as one new row: the first {@code n} of {@code others}, ascending. */
    private static void insertLinks(Connection connection, long claim, long[] others, int n, Corroboration.Kind kind) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into claim_link (claim_id, kind, other_ids) values (?, ?, ?)")) {
            s.setLong(1, claim);
            s.setString(2, kind.name());
            s.setBytes(3, LinkedIds.pack(others, n));
            s.executeUpdate();
        }
    }

    /** Sets each claim's corroboration count: the distinct other articles among its corroborating links. */
    private static void recountCorroborations(Connection connection, Collection<Long> claims) throws SQLException {
        Map<Long, long[]> links = new HashMap<>();
        Set<Long> others = new HashSet<>();
        for (List<Long> part : parts(claims)) {
            try (PreparedStatement s = connection.prepareStatement("select claim_id, other_ids from claim_link where kind = 'CORROBORATES' "
                    + "and claim_id in (" + placeholders(part.size()) + ")")) {
                bind(s, part);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long[] ids = LinkedIds.unpack(r.getBytes(2));
                        links.put(r.getLong(1), ids);
                        Arrays.stream(ids).forEach(others::add);
                    }
                }
            }
        }
        Map<Long, Long> articleOf = new HashMap<>();
        for (List<Long> part : parts(others)) {
            try (PreparedStatement s = connection.prepareStatement("select id, article_id from claim where id in (" + placeholders(part.size()) + ")")) {
                bind(s, part);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        articleOf.put(r.getLong(1), r.getLong(2));
                    }
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("update claim set corroboration_count = ? where id = ?")) {
            for (long id : claims) {
                s.setInt(1, (int) Arrays.stream(links.getOrDefault(id, new long[0])).map(articleOf::get).distinct().count());
                s.setLong(2, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<List<Long>> parts(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }

    /** Rows written per transaction when all links are rebuilt, so that no transaction grows with the corpus. */
    private static final int CHUNK = 20_000;

    /** Claims read and prepared per query during a full relink. */
    private static final int READ_SLICE = 20_000;

    /**
     * All links again, from every stored claim: the old links and keys removed, the claims read and prepared a slice at a
     * time (their texts are not kept), linked in memory, and the links, keys and counts written in transactions of at most
     * {@link #CHUNK} rows as they are found; per claim only arrays indexed by its place in id order are kept.
     */
    private int relinkAll() {
        long last = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select coalesce(max(c.id), 0) from Claim c", Long.class)
                .getSingleResult());
        for (long from = 0; from <= last; from += CHUNK / 20) {
            long lo = from;
            inChunk(connection -> {
                for (String table : List.of("claim_link", "claim_key")) {
                    try (PreparedStatement s = connection.prepareStatement("delete from " + table + " where claim_id >= ? and claim_id < ?")) {
                        s.setLong(1, lo);
                        s.setLong(2, lo + CHUNK / 20);
                        s.executeUpdate();
                    }
                }
            });
        }
        List<Corroboration.Prepared> prepared = readPrepared(); // in id order
        LinkRows rows = new LinkRows(prepared);
        Corroboration.linkPrepared(prepared, rows::accept);
        rows.close();
        Map<Long, Integer> firstClaims = new HashMap<>(); // claims with a row per key so far: only the first ones get one
        for (int from = 0; from < prepared.size(); from += CHUNK / 20) {
            int lo = from;
            List<Corroboration.Prepared> chunk = prepared.subList(from, Math.min(prepared.size(), from + CHUNK / 20));
            inChunk(connection -> insertKeys(connection, chunk, lo, rows.cutoffs, firstClaims));
        }
        for (int from = 0; from < prepared.size(); from += CHUNK) {
            int lo = from;
            int hi = Math.min(prepared.size(), from + CHUNK);
            inChunk(connection -> {
                try (PreparedStatement s = connection.prepareStatement("update claim set corroboration_count = ? where id = ?")) {
                    for (int i = lo; i < hi; i++) {
                        s.setInt(1, rows.corroborations[i]);
                        s.setLong(2, rows.ids[i]);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            });
        }
        return rows.links;
    }

    /** Every stored claim prepared for linking, in id order, read {@link #READ_SLICE} claims a query. */
    private List<Corroboration.Prepared> readPrepared() {
        List<Corroboration.Prepared> out = new ArrayList<>();
        Map<Set<String>, Set<String>> sets = new HashMap<>(); // one copy of each set of countries
        long after = -1;
        while (true) {
            long from = after;
            List<Corroboration.ClaimText> slice = QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).call(() -> {
                List<Row> rows = em.createQuery("select new io.stancegraph.ingest.CorpusUpkeep$Row(c.id, c.article.id, c.quote, 0L) "
                        + "from Claim c where c.id > :from order by c.id", Row.class).setParameter("from", from).setMaxResults(READ_SLICE)
                        .getResultList();
                if (rows.isEmpty()) {
                    return List.<Corroboration.ClaimText>of();
                }
                Map<Long, Set<String>> countries = new HashMap<>();
                for (ClaimCode r : em.createQuery("select new io.stancegraph.ingest.CorpusUpkeep$ClaimCode(cc.claim.id, cc.country.code) "
                        + "from ClaimCountry cc where cc.claim.id > :from and cc.claim.id <= :to", ClaimCode.class)
                        .setParameter("from", from).setParameter("to", rows.get(rows.size() - 1).id()).getResultList()) {
                    countries.computeIfAbsent(r.claimId(), k -> new TreeSet<>()).add(r.code());
                }
                return rows.stream().map(r -> new Corroboration.ClaimText(r.id(), r.articleId(), r.quote(),
                        sets.computeIfAbsent(countries.getOrDefault(r.id(), Set.of()), k -> k))).toList();
            });
            if (slice.isEmpty()) {
                return out;
            }
            out.addAll(Corroboration.prepareAll(slice));
            after = slice.get(slice.size() - 1).id();
        }
    }

    /**
     * The links of a full relink as they are found (a claim's links of a kind together, ascending): one packed row per claim
     * and kind, written {@link #CHUNK} rows a transaction, with each claim's cut-off per kind and corroboration count.
     */
    private final class LinkRows {
        final long[] ids;
        final long[] articles;
        final long[][] cutoffs = new long[Corroboration.Kind.values().length][];
        final int[] corroborations;
        int links;
        private int claim = -1;
        private Corroboration.Kind kind;
        private final long[] others = new long[Corroboration.MAX_LINKS];
        private int size;
        private final List<Object[]> pending = new ArrayList<>();

        LinkRows(List<Corroboration.Prepared> prepared) {
            ids = prepared.stream().mapToLong(p -> p.claim().id()).toArray();
            articles = prepared.stream().mapToLong(p -> p.claim().articleId()).toArray();
            for (Corroboration.Kind k : Corroboration.Kind.values()) {
                cutoffs[k.ordinal()] = new long[ids.length];
                Arrays.fill(cutoffs[k.ordinal()], OPEN);
            }
            corroborations = new int[ids.length];
        }

        void accept(Corroboration.Link l) {
            // a claim's links arrive together: look its place up only when the claim changes
            int index = claim >= 0 && ids[claim] == l.claimId() ? claim : Arrays.binarySearch(ids, l.claimId());
            if (index != claim || l.kind() != kind) {
                endGroup();
                claim = index;
                kind = l.kind();
            }
            others[size++] = l.otherId();
            links++;
        }

        private void endGroup() {
            if (size == 0) {
                return;
            }
            pending.add(new Object[] {ids[claim], kind.name(), LinkedIds.pack(others, size)});
            if (size >= Corroboration.MAX_LINKS) {
                cutoffs[kind.ordinal()][claim] = others[size - 1];
            }
            if (kind == Corroboration.Kind.CORROBORATES) {
                Set<Long> distinct = new HashSet<>();
                for (int i = 0; i < size; i++) {
                    distinct.add(articles[Arrays.binarySearch(ids, others[i])]);
                }
                corroborations[claim] = distinct.size();
            }
            size = 0;
            if (pending.size() >= CHUNK) {
                write();
            }
        }

        void close() {
            endGroup();
            write();
        }

        private void write() {
            if (pending.isEmpty()) {
                return;
            }
            inChunk(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("insert into claim_link (claim_id, kind, other_ids) values (?, ?, ?)")) {
                    for (Object[] row : pending) {
                        insert.setLong(1, (Long) row[0]);
                        insert.setString(2, (String) row[1]);
                        insert.setBytes(3, (byte[]) row[2]);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
            pending.clear();
        }
    }

    private static void insertKeys(Connection connection, List<Corroboration.Prepared> claims, int first, long[][] cutoffs,
            Map<Long, Integer> firstClaims) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into claim_key (key_hash, claim_id, article_id, kind, cutoff) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < claims.size(); i++) {
                Corroboration.Prepared p = claims.get(i);
                Corroboration.ClaimText t = p.claim();
                for (Corroboration.Kind kind : Corroboration.Kind.values()) {
                    for (long key : p.keys(kind)) {
                        if (firstClaims.merge(key, 1, Integer::sum) > Corroboration.CANDIDATES_PER_KEY) {
                            continue;
                        }
                        insert.setLong(1, key);
                        insert.setLong(2, t.id());
                        insert.setLong(3, t.articleId());
                        insert.setString(4, kind.name());
                        insert.setLong(5, cutoffs[kind.ordinal()][first + i]);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    /** Runs JDBC work in a transaction of its own. */
    private void inChunk(org.hibernate.jdbc.Work work) {
        QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).run(() -> em.unwrap(Session.class).doWork(work));
    }
}
