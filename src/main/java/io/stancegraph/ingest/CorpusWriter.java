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
import io.stancegraph.model.ClaimLink;
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

    /** What storing a document did. */
    public record Stored(Article article, boolean created) {
    }

    @Inject
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

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
        relinkClaims();
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
        Map<Long, Object[]> examples = examples();
        for (Country c : all) {
            Object[] ex = examples.get(c.id);
            String quote = ex == null ? null : (String) ex[1];
            String origin = ex == null ? null : origin((String) ex[2], (String) ex[3], (String) ex[4]);
            c.summary = StanceSummaries.summarise(c.name, new Verdict(c.position, c.confidence),
                    byPosition.getOrDefault(c.id, new EnumMap<>(Position.class)), quote, origin);
        }
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

    /** Recomputes corroboration and contradiction links between the claims of different articles. */
    private void relinkClaims() {
        Map<Long, java.util.Set<String>> countries = new HashMap<>();
        for (Object[] r : em.createQuery("select cc.claim.id, cc.country.code from ClaimCountry cc", Object[].class).getResultList()) {
            countries.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((String) r[1]);
        }
        List<Corroboration.ClaimText> texts = new ArrayList<>();
        for (Object[] r : em.createQuery("select c.id, c.article.id, c.quote from Claim c order by c.id", Object[].class).getResultList()) {
            texts.add(new Corroboration.ClaimText((Long) r[0], (Long) r[1], (String) r[2], countries.getOrDefault((Long) r[0], java.util.Set.of())));
        }
        em.createNamedQuery("ClaimLink.deleteAll").executeUpdate();
        for (Corroboration.Link l : Corroboration.link(texts)) {
            ClaimLink link = new ClaimLink();
            link.claim = em.getReference(Claim.class, l.claimId());
            link.other = em.getReference(Claim.class, l.otherId());
            link.kind = l.kind();
            em.persist(link);
        }
        em.flush();
        em.createNamedQuery("ClaimLink.countCorroborations").executeUpdate();
    }

    private static String origin(String publisher, String title, String fileName) {
        return publisher != null ? publisher : title != null ? title : fileName;
    }

    private Source source(String name, SourceKind kind) {
        String key = Names.key(name);
        Source source = Source.find("#Source.byKey", key).firstResult();
        if (source == null) {
            source = new Source();
            source.nameKey = key;
            source.name = name;
            source.kind = kind;
            source.persist();
        }
        return source;
    }

    private Country country(String code) {
        Country country = Country.find("#Country.byCode", code).firstResult();
        if (country == null) {
            country = new Country();
            country.code = code;
            country.name = gazetteer.country(code).map(Gazetteer.CountryEntry::name).orElse(code);
            country.persist();
        }
        return country;
    }
}
