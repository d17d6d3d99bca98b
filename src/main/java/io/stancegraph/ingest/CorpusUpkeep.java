package io.stancegraph.ingest;

import io.stancegraph.analysis.Corroboration;
import io.stancegraph.analysis.Position;
import io.stancegraph.analysis.StanceAggregator;
import io.stancegraph.analysis.StanceSummaries;
import io.stancegraph.analysis.Verdict;
import io.stancegraph.model.Country;
import io.stancegraph.model.PositionCounts;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps what is derived from the stored articles current: claim links, countries' counts, corpus
 * stances, quote counts, example quotes and summaries. {@link #articleStored} updates only what one
 * new article touches, in its transaction (the countries it names are locked, so concurrent
 * ingestions add up); {@link #recompute} derives everything from the stored articles again and
 * gives exactly the same state.
 */
@ApplicationScoped
public class CorpusUpkeep {

    private static final Logger LOG = Logger.getLogger(CorpusUpkeep.class);
    private static final int PAGE = 32;
    private static final long OPEN = Long.MAX_VALUE;

    @Inject
    EntityManager em;

    @Inject
    CorpusVersions versions;

    @Inject
    io.stancegraph.config.StanceGraphConfig config;

    /** A candidate's row: claim id, article, quote. */
    private record Row(long id, long articleId, String quote) {
    }

    /** Claims of a country as the example choice needs them. */
    record ExampleRow(long countryId, long claimId, long articleId, int ordinal, int score, Position position) {
    }

    /** Best claim first: firm, with a position, attributed; then older article, then text order. */
    private static final Comparator<ExampleRow> BEST = Comparator.comparingInt(ExampleRow::score).reversed()
            .thenComparingLong(ExampleRow::articleId).thenComparingInt(ExampleRow::ordinal);

    // ---- one article ---------------------------------------------------------------------------

    /** Updates links, countries and summaries for an article just stored in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void articleStored(long articleId) {
        em.flush();
        Set<Long> countryIds = new TreeSet<>(em.createQuery(
                "select s.country.id from ArticleStance s where s.article.id = :a", Long.class).setParameter("a", articleId).getResultList());
        List<Country> countries = new ArrayList<>();
        for (Long id : countryIds) { // in id order: concurrent ingestions lock in the same order
            Country c = em.find(Country.class, id);
            em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
            countries.add(c);
        }
        for (Object[] r : em.createQuery("select s.country.id, s.position, s.confidence, s.mentions from ArticleStance s where s.article.id = :a",
                Object[].class).setParameter("a", articleId).getResultList()) {
            Country c = em.find(Country.class, r[0]);
            addArticleStance(c, (Position) r[1], (Double) r[2], (Integer) r[3]);
        }
        for (Object[] r : em.createQuery("select cc.country.id, cc.position from ClaimCountry cc where cc.claim.article.id = :a",
                Object[].class).setParameter("a", articleId).getResultList()) {
            increment(em.find(Country.class, r[0]).claims, (Position) r[1], 1);
        }
        Map<Long, Position> before = new HashMap<>();
        for (Country c : countries) {
            before.put(c.id, c.position);
            settle(c);
        }
        em.flush();
        Map<Long, ExampleRow> newBest = bestExamples(examplesOf("a.id = :a", articleId));
        List<Country> repick = new ArrayList<>();
        for (Country c : countries) {
            ExampleRow candidate = newBest.get(c.id);
            if (before.get(c.id) != c.position) {
                repick.add(c);
            } else if (candidate != null && (c.exampleClaimId == null || BEST.compare(candidate, example(c.exampleClaimId, c.id)) < 0)) {
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
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .timeout((int) Math.min(Integer.MAX_VALUE, config.corpus().recomputeTimeout().toSeconds())).run(() -> {
                    recompute();
                    versions.bump();
                });
    }

    /** Derives links, counts, stances, examples and summaries of every country from the stored articles. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute() {
        long t0 = System.nanoTime();
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
        for (Object[] r : em.createQuery("select s.country.id, s.position, s.confidence, s.mentions from ArticleStance s", Object[].class)
                .getResultList()) {
            addArticleStance(byId.get((Long) r[0]), (Position) r[1], (Double) r[2], (Integer) r[3]);
        }
        for (Object[] r : em.createQuery("select cc.country.id, cc.position, count(cc) from ClaimCountry cc group by cc.country.id, cc.position",
                Object[].class).getResultList()) {
            increment(byId.get((Long) r[0]).claims, (Position) r[1], ((Long) r[2]).intValue());
        }
        all.forEach(CorpusUpkeep::settle);
        em.flush();
        Map<Long, ExampleRow> examples = bestExamples(examplesOf(null, null));
        all.forEach(c -> c.exampleClaimId = examples.containsKey(c.id) ? examples.get(c.id).claimId() : null);
        summarise(all);
        long t1 = System.nanoTime();
        int links = relinkAll();
        LOG.infof("corpus recomputed: %d countries in %d ms, %d claim links in %d ms", all.size(), (t1 - t0) / 1_000_000, links,
                (System.nanoTime() - t1) / 1_000_000);
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

    private ExampleRow example(long claimId, long countryId) {
        return examplesOf("c.id = :a", claimId).stream().filter(r -> r.countryId() == countryId).findFirst()
                .orElse(new ExampleRow(countryId, claimId, Long.MAX_VALUE, Integer.MAX_VALUE, -1, Position.NEUTRAL));
    }

    private void summarise(Collection<Country> countries) {
        Map<Long, Object[]> quotes = new HashMap<>();
        List<Long> ids = countries.stream().map(c -> c.exampleClaimId).filter(java.util.Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select c.id, c.quote, p.name, a.title, a.fileName from Claim c join c.article a left join a.publisher p where c.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                quotes.put((Long) r[0], r);
            }
        }
        for (Country c : countries) {
            Object[] ex = c.exampleClaimId == null ? null : quotes.get(c.exampleClaimId);
            String origin = ex == null ? null : ex[2] != null ? (String) ex[2] : ex[3] != null ? (String) ex[3] : (String) ex[4];
            EnumMap<Position, Integer> byPosition = new EnumMap<>(Position.class);
            for (Position p : Position.values()) {
                if (count(c.articles, p) > 0) {
                    byPosition.put(p, count(c.articles, p));
                }
            }
            c.summary = StanceSummaries.summarise(c.name, new Verdict(c.position, c.confidence), byPosition,
                    ex == null ? null : (String) ex[1], origin);
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

    /** Links the claims of one new article: its own links through the key postings, and its place in older claims' links. */
    private void linkClaimsOf(long articleId) {
        em.unwrap(Session.class).doWork(connection -> {
            Map<Long, Corroboration.Prepared> cache = new HashMap<>();
            List<Row> own = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("select id, article_id, quote from claim where article_id = ? order by id")) {
                s.setLong(1, articleId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        own.add(new Row(r.getLong(1), r.getLong(2), r.getString(3)));
                    }
                }
            }
            prepare(connection, own, cache);
            Set<Long> recount = new HashSet<>();
            for (Row row : own) {
                Corroboration.Prepared c = cache.get(row.id());
                for (Corroboration.Kind kind : Corroboration.Kind.values()) {
                    Set<Long> keys = c.keys(kind);
                    if (keys.isEmpty()) {
                        continue;
                    }
                    List<Long> linked = firstRelated(connection, kind, c, keys, cache);
                    insertLinks(connection, row.id(), linked, kind);
                    for (Long other : takers(connection, kind, c, keys, cache)) {
                        insertLinks(connection, other, List.of(row.id()), kind);
                        trim(connection, other, kind);
                        recount.add(other);
                    }
                    long cutoff = linked.size() >= Corroboration.MAX_LINKS ? linked.get(linked.size() - 1) : OPEN;
                    try (PreparedStatement s = connection.prepareStatement(
                            "insert into claim_key (key_hash, claim_id, article_id, kind, cutoff) values (?, ?, ?, ?, ?)")) {
                        for (long key : keys) {
                            s.setLong(1, key);
                            s.setLong(2, row.id());
                            s.setLong(3, articleId);
                            s.setString(4, kind.name());
                            s.setLong(5, cutoff);
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
                recount.add(row.id());
            }
            recountCorroborations(connection, recount);
        });
    }

    /** c's first related claims in id order: the key postings merged page by page. */
    private List<Long> firstRelated(Connection connection, Corroboration.Kind kind, Corroboration.Prepared c, Set<Long> keys,
            Map<Long, Corroboration.Prepared> cache) throws SQLException {
        record Cursor(long key, List<Row> rows, int at, boolean more) {
        }
        PriorityQueue<Cursor> heads = new PriorityQueue<>(Comparator.comparingLong(h -> h.rows().get(h.at()).id()));
        try (PreparedStatement page = connection.prepareStatement("""
                select k.claim_id, k.article_id, c.quote from claim_key k join claim c on c.id = k.claim_id
                where k.key_hash = ? and k.claim_id > ? order by k.claim_id limit ?""")) {
            for (long key : keys) {
                List<Row> rows = page(page, key, Long.MIN_VALUE);
                prepare(connection, rows, cache);
                if (!rows.isEmpty()) {
                    heads.add(new Cursor(key, rows, 0, rows.size() == PAGE));
                }
            }
            List<Long> out = new ArrayList<>();
            long last = Long.MIN_VALUE;
            while (!heads.isEmpty() && out.size() < Corroboration.MAX_LINKS) {
                Cursor h = heads.poll();
                Row row = h.rows().get(h.at());
                if (h.at() + 1 < h.rows().size()) {
                    heads.add(new Cursor(h.key(), h.rows(), h.at() + 1, h.more()));
                } else if (h.more()) {
                    List<Row> next = page(page, h.key(), row.id());
                    prepare(connection, next, cache);
                    if (!next.isEmpty()) {
                        heads.add(new Cursor(h.key(), next, 0, next.size() == PAGE));
                    }
                }
                if (row.id() != last && Corroboration.related(kind, c, cache.get(row.id()))) {
                    out.add(row.id());
                }
                last = row.id();
            }
            return out;
        }
    }

    private static List<Row> page(PreparedStatement page, long key, long after) throws SQLException {
        page.setLong(1, key);
        page.setLong(2, after);
        page.setInt(3, PAGE);
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = page.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3)));
            }
        }
        return rows;
    }

    /** Older claims that take c among their links: related, and either not full or linked to a higher id than c's. */
    private List<Long> takers(Connection connection, Corroboration.Kind kind, Corroboration.Prepared c, Set<Long> keys,
            Map<Long, Corroboration.Prepared> cache) throws SQLException {
        Map<Long, Row> open = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select k.claim_id, k.article_id, c.quote from claim_key k join claim c on c.id = k.claim_id
                where k.key_hash = ? and k.cutoff > ?""")) {
            for (long key : keys) {
                s.setLong(1, key);
                s.setLong(2, c.claim().id());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        open.putIfAbsent(r.getLong(1), new Row(r.getLong(1), r.getLong(2), r.getString(3)));
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>(open.values());
        prepare(connection, rows, cache);
        return rows.stream().filter(r -> Corroboration.related(kind, cache.get(r.id()), c)).map(Row::id).sorted().toList();
    }

    /** Keeps a claim's lowest-id links of a kind and records its cutoff on its keys. */
    private static void trim(Connection connection, long claim, Corroboration.Kind kind) throws SQLException {
        List<Long> others = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select other_id from claim_link where claim_id = ? and kind = ? order by other_id")) {
            s.setLong(1, claim);
            s.setString(2, kind.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    others.add(r.getLong(1));
                }
            }
        }
        while (others.size() > Corroboration.MAX_LINKS) {
            try (PreparedStatement s = connection.prepareStatement("delete from claim_link where claim_id = ? and other_id = ? and kind = ?")) {
                s.setLong(1, claim);
                s.setLong(2, others.remove(others.size() - 1));
                s.setString(3, kind.name());
                s.executeUpdate();
            }
        }
        if (others.size() == Corroboration.MAX_LINKS) {
            try (PreparedStatement s = connection.prepareStatement("update claim_key set cutoff = ? where claim_id = ? and kind = ?")) {
                s.setLong(1, others.get(others.size() - 1));
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
        String in = String.join(",", java.util.Collections.nCopies(missing.size(), "?"));
        try (PreparedStatement s = connection.prepareStatement(
                "select cc.claim_id, k.code from claim_country cc join country k on k.id = cc.country_id where cc.claim_id in (" + in + ")")) {
            for (int i = 0; i < missing.size(); i++) {
                s.setLong(i + 1, missing.get(i).id());
            }
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

    private static void insertLinks(Connection connection, long claim, List<Long> others, Corroboration.Kind kind) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into claim_link (claim_id, other_id, kind) values (?, ?, ?)")) {
            for (long other : others) {
                s.setLong(1, claim);
                s.setLong(2, other);
                s.setString(3, kind.name());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void recountCorroborations(Connection connection, Collection<Long> claims) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                update claim set corroboration_count = (select count(distinct o.article_id) from claim_link l join claim o on o.id = l.other_id
                    where l.claim_id = claim.id and l.kind = 'CORROBORATES') where id = ?""")) {
            for (long id : claims) {
                s.setLong(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** All links again, from every stored claim. */
    private int relinkAll() {
        Map<Long, Set<String>> countries = new HashMap<>();
        for (Object[] r : em.createQuery("select cc.claim.id, cc.country.code from ClaimCountry cc", Object[].class).getResultList()) {
            countries.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        List<Corroboration.ClaimText> texts = new ArrayList<>();
        for (Object[] r : em.createQuery("select c.id, c.article.id, c.quote from Claim c order by c.id", Object[].class).getResultList()) {
            texts.add(new Corroboration.ClaimText((Long) r[0], (Long) r[1], (String) r[2], countries.getOrDefault((Long) r[0], Set.of())));
        }
        List<Corroboration.Link> links = Corroboration.link(texts);
        Map<String, Long> cutoffs = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Corroboration.Link l : links) {
            String k = l.claimId() + ":" + l.kind();
            if (counts.merge(k, 1, Integer::sum) >= Corroboration.MAX_LINKS) {
                cutoffs.merge(k, l.otherId(), Math::max);
            }
        }
        em.createNamedQuery("ClaimLink.deleteAll").executeUpdate();
        em.createQuery("delete from ClaimKey").executeUpdate();
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into claim_link (claim_id, other_id, kind) values (?, ?, ?)")) {
                int pending = 0;
                for (Corroboration.Link l : links) {
                    insert.setLong(1, l.claimId());
                    insert.setLong(2, l.otherId());
                    insert.setString(3, l.kind().name());
                    insert.addBatch();
                    if (++pending % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into claim_key (key_hash, claim_id, article_id, kind, cutoff) values (?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Corroboration.ClaimText t : texts) {
                    Corroboration.Prepared p = Corroboration.prepare(t);
                    for (Corroboration.Kind kind : Corroboration.Kind.values()) {
                        for (long key : p.keys(kind)) {
                            insert.setLong(1, key);
                            insert.setLong(2, t.id());
                            insert.setLong(3, t.articleId());
                            insert.setString(4, kind.name());
                            insert.setLong(5, cutoffs.getOrDefault(t.id() + ":" + kind, OPEN));
                            insert.addBatch();
                            if (++pending % 1000 == 0) {
                                insert.executeBatch();
                            }
                        }
                    }
                }
                insert.executeBatch();
            }
        });
        em.createNamedQuery("ClaimLink.countCorroborations").executeUpdate();
        return links.size();
    }
}
