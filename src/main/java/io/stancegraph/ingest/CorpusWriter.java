package io.stancegraph.ingest;

import io.stancegraph.analysis.ArticleAnalysis;
import io.stancegraph.analysis.ArticleStanceDraft;
import io.stancegraph.analysis.Certainty;
import io.stancegraph.analysis.ClaimDraft;
import io.stancegraph.analysis.Corroboration;
import io.stancegraph.analysis.Gazetteer;
import io.stancegraph.analysis.Names;
import io.stancegraph.analysis.Position;
import io.stancegraph.analysis.SourceKind;
import io.stancegraph.analysis.SourceMention;
import io.stancegraph.analysis.StanceAggregator;
import io.stancegraph.analysis.StanceSummaries;
import io.stancegraph.analysis.Verdict;
import io.stancegraph.model.Article;
import io.stancegraph.model.ArticleStance;
import io.stancegraph.model.Claim;
import io.stancegraph.model.ClaimCountry;
import io.stancegraph.model.Country;
import io.stancegraph.model.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stores analysed articles and keeps the corpus-wide figures (mentions, stances, summaries) current. */
@ApplicationScoped
public class CorpusWriter {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CorpusWriter.class);

    /** What storing a document did. */
    public record Stored(Article article, boolean created) {
    }

    @Inject
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    @Inject
    jakarta.enterprise.event.Event<CorpusChanged> changed;

    /** Row ids of sources and countries by key, so that storing an article does not look them up again. */
    private final Map<String, Long> sourceIds = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Long> countryIds = new java.util.concurrent.ConcurrentHashMap<>();

    /** Drops the cached ids, after a transaction that may have created rows rolled back. */
    public void forgetCachedKeys() {
        sourceIds.clear();
        countryIds.clear();
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
        article.fileName = fileName;
        article.title = analysis.document().title();
        article.publishedOn = analysis.document().publishedOn();
        article.byline = analysis.document().byline();
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
        List<Claim> claims = new ArrayList<>();
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
            claim.speaker = d.attribution().speaker();
            claim.source = d.source() == null ? null : source(d.source().name(), d.source().kind());
            claim.persist();
            claims.add(claim);
            d.positions().forEach((code, position) -> {
                ClaimCountry cc = new ClaimCountry();
                cc.claim = claim;
                cc.country = countries.computeIfAbsent(code, this::country);
                cc.position = position;
                io.stancegraph.analysis.Evidence e = d.evidence().get(code);
                if (e != null) {
                    cc.cue = e.cue() == null ? null : e.cue().length() > 200 ? e.cue().substring(0, 200) : e.cue();
                    cc.rule = e.rule();
                }
                cc.persist();
            });
        }
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
        return new Stored(article, true);
    }

    /**
     * Recomputes every country's mention count, corpus stance, confidence and summary from the
     * stored article stances. Runs once after a batch of articles, not per request.
     */
    @Transactional
    public void refreshCorpus() {
        long t0 = System.nanoTime();
        int links = relinkClaims();
        long t1 = System.nanoTime();
        Map<Long, List<Verdict>> verdicts = new HashMap<>();
        Map<Long, Integer> mentions = new HashMap<>();
        Map<Long, EnumMap<Position, Integer>> byPosition = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                "select s.country.id, s.position, s.confidence, s.mentions from ArticleStance s", Object[].class).getResultList();
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            Position p = (Position) r[1];
            verdicts.computeIfAbsent(id, k -> new ArrayList<>()).add(new Verdict(p, (Double) r[2]));
            mentions.merge(id, (Integer) r[3], Integer::sum);
            byPosition.computeIfAbsent(id, k -> new EnumMap<>(Position.class)).merge(p, 1, Integer::sum);
        }
        List<Country> all = Country.listAll();
        for (Country c : all) {
            List<Verdict> list = verdicts.getOrDefault(c.id, List.of());
            Verdict v = StanceAggregator.fromArticles(list);
            c.mentionCount = mentions.getOrDefault(c.id, 0);
            c.articleCount = list.size();
            c.position = v.position();
            c.confidence = v.confidence();
        }
        em.flush();
        rankQuotes(all);
        Map<Long, Object[]> examples = examples();
        for (Country c : all) {
            Object[] ex = examples.get(c.id);
            String quote = ex == null ? null : (String) ex[1];
            String origin = ex == null ? null : origin((String) ex[2], (String) ex[3], (String) ex[4]);
            c.summary = StanceSummaries.summarise(c.name, new Verdict(c.position, c.confidence),
                    byPosition.getOrDefault(c.id, new EnumMap<>(Position.class)), quote, origin);
        }
        changed.fire(new CorpusChanged(all.size()));
        LOG.infof("corpus refreshed: %d claim links in %d ms, stances of %d countries in %d ms", links, (t1 - t0) / 1_000_000,
                all.size(), (System.nanoTime() - t1) / 1_000_000);
    }

    /**
     * The most telling quote per country for its corpus position ({@link Position#supports}): firm before hedged, the
     * claim's main position before a side position, attributed before unattributed, then earliest.
     */
    private Map<Long, Object[]> examples() {
        List<Object[]> rows = em.createQuery("""
                select cc.country.id, c.quote, p.name, a.title, a.fileName, c.certainty, c.position, c.speaker, src.id,
                       cc.position, cc.country.position
                from ClaimCountry cc join cc.claim c join c.article a left join a.publisher p left join c.source src
                where cc.position = cc.country.position
                   or (cc.position <> io.stancegraph.analysis.Position.NEUTRAL
                       and cc.country.position <> io.stancegraph.analysis.Position.NEUTRAL)
                order by a.id, c.ordinal""", Object[].class).getResultList();
        Map<Long, Object[]> best = new HashMap<>();
        Map<Long, Integer> bestScore = new HashMap<>();
        for (Object[] r : rows) {
            Long country = (Long) r[0];
            if (!((Position) r[9]).supports((Position) r[10])) {
                continue;
            }
            int score = (r[5] == Certainty.HEDGED ? 0 : 4) + (r[6] != Position.NEUTRAL ? 2 : 0) + (r[7] != null || r[8] != null ? 1 : 0);
            if (score > bestScore.getOrDefault(country, -1)) {
                best.put(country, r);
                bestScore.put(country, score);
            }
        }
        return best;
    }

    /**
     * Numbers each country's supporting quotes in the order Stance.quotes lists them: the best claim
     * of each article first (firm before hedged, then text order), then the second of each, and so on.
     */
    private void rankQuotes(List<Country> countries) {
        Map<Long, Position> stance = new HashMap<>();
        countries.forEach(c -> stance.put(c.id, c.position));
        List<Object[]> rows = em.createQuery("""
                select cc.id, cc.country.id, c.article.id, c.certainty, cc.position from ClaimCountry cc join cc.claim c
                order by cc.country.id, c.article.id, case when c.certainty = io.stancegraph.analysis.Certainty.HEDGED then 1 else 0 end,
                         c.ordinal""", Object[].class).getResultList();
        record Candidate(long id, long country, long article, int inArticle, boolean hedged) {
        }
        List<Candidate> evidence = new ArrayList<>();
        long lastCountry = -1;
        long lastArticle = -1;
        int inArticle = 0;
        for (Object[] r : rows) {
            long country = (Long) r[1];
            if (!((Position) r[4]).supports(stance.get(country))) {
                continue;
            }
            long article = (Long) r[2];
            inArticle = country == lastCountry && article == lastArticle ? inArticle + 1 : 1;
            lastCountry = country;
            lastArticle = article;
            evidence.add(new Candidate((Long) r[0], country, article, inArticle, r[3] == Certainty.HEDGED));
        }
        evidence.sort(java.util.Comparator.comparingLong(Candidate::country).thenComparingInt(Candidate::inArticle)
                .thenComparing(Candidate::hedged).thenComparingLong(Candidate::article));
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("update ClaimCountry cc set cc.quoteRank = null").executeUpdate();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var update = connection.prepareStatement("update claim_country set quote_rank = ? where id = ?")) {
                int pending = 0;
                for (Candidate e : evidence) {
                    update.setInt(1, counts.merge(e.country(), 1, Integer::sum));
                    update.setLong(2, e.id());
                    update.addBatch();
                    if (++pending == 1000) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                update.executeBatch();
            }
        });
        countries.forEach(c -> c.quoteCount = counts.getOrDefault(c.id, 0));
    }

    /** Recomputes corroboration and contradiction links between the claims of different articles. */
    private int relinkClaims() {
        Map<Long, java.util.Set<String>> countries = new HashMap<>();
        for (Object[] r : em.createQuery("select cc.claim.id, cc.country.code from ClaimCountry cc", Object[].class).getResultList()) {
            countries.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((String) r[1]);
        }
        List<Corroboration.ClaimText> texts = new ArrayList<>();
        for (Object[] r : em.createQuery("select c.id, c.article.id, c.quote from Claim c order by c.id", Object[].class).getResultList()) {
            texts.add(new Corroboration.ClaimText((Long) r[0], (Long) r[1], (String) r[2], countries.getOrDefault((Long) r[0], java.util.Set.of())));
        }
        em.createNamedQuery("ClaimLink.deleteAll").executeUpdate();
        List<Corroboration.Link> links = Corroboration.link(texts);
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("insert into claim_link (claim_id, other_id, kind) values (?, ?, ?)")) {
                int pending = 0;
                for (Corroboration.Link l : links) {
                    insert.setLong(1, l.claimId());
                    insert.setLong(2, l.otherId());
                    insert.setString(3, l.kind().name());
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        });
        em.createNamedQuery("ClaimLink.countCorroborations").executeUpdate();
        return links.size();
    }

    private static String origin(String publisher, String title, String fileName) {
        return publisher != null ? publisher : title != null ? title : fileName;
    }

    private Source source(String name, SourceKind kind) {
        String key = Names.key(name);
        Long id = sourceIds.get(key);
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
        sourceIds.put(key, source.id);
        return source;
    }

    private Country country(String code) {
        Long id = countryIds.get(code);
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
        countryIds.put(code, country.id);
        return country;
    }
}
