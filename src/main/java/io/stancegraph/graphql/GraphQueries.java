package io.stancegraph.graphql;

import io.stancegraph.analysis.Certainty;
import io.stancegraph.analysis.Corroboration;
import io.stancegraph.analysis.Position;
import io.stancegraph.analysis.SourceKind;
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
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Read queries behind the GraphQL API. Every method that serves a field of many parents takes
 * all parent keys at once and runs a fixed number of statements, so a query costs the same
 * number of SQL statements however many rows it returns. Results are cached until the corpus
 * changes ({@link CorpusCache}); they are immutable views.
 */
@ApplicationScoped
@CorpusCached
public class GraphQueries {

    /** A page of the quotes that support each country's stance (Position.supports), in their stored order. */
    private static final String COUNTRY_QUOTES = """
            select x.country_id, x.claim_id from (
              select cc.country_id, cc.claim_id, row_number() over (partition by cc.country_id order by cc.quote_key, cc.claim_id) rn
              from claim_country cc join country k on k.id = cc.country_id
              where cc.country_id in (:ids)
                and (cc.position = k.position
                  or k.position = 'MIXED' and cc.position in ('SUPPORTIVE', 'OPPOSED', 'CONCERNED')
                  or k.position in ('OPPOSED', 'CONCERNED') and cc.position in ('OPPOSED', 'CONCERNED'))
            ) x where x.rn > :from and x.rn <= :to order by x.country_id, x.rn""";
    private static final String COUNTRY_ARTICLES = """
            select x.country_id, x.article_id from (
              select s.country_id, s.article_id,
                     row_number() over (partition by s.country_id order by a.published_on desc nulls last, a.id) rn
              from article_stance s join article a on a.id = s.article_id where s.country_id in (:ids)
            ) x where x.rn > :from and x.rn <= :to order by x.country_id, x.rn""";

    /** An entity and the id of the parent it was read for. */
    record Keyed<T>(Long key, T value) {
    }

    /** A count per id. */
    record IdCount(Long id, Number count) {
    }

    /** A claim of an article stance's article and country, with both positions. */
    record StanceQuote(Long stanceId, Position stancePosition, Claim claim, Position position) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Class<Keyed<T>> keyed(Class<T> value) {
        return (Class) Keyed.class;
    }

    @Inject
    EntityManager em;

    // ---- top-level ----------------------------------------------------------------------

    public List<CountryView> countries(Position position, Integer minMentions, CountryOrder order) {
        Filter f = new Filter("from Country c where c.articleCount > 0");
        f.and(position != null, "c.position = :position", "position", position);
        f.and(minMentions != null, "c.mentionCount >= :min", "min", minMentions);
        String by = switch (order == null ? CountryOrder.MENTIONS : order) {
            case MENTIONS -> "c.mentionCount desc, c.code";
            case NAME -> "c.name, c.code";
            case CONFIDENCE -> "c.confidence desc, c.mentionCount desc, c.code";
        };
        return f.query(em, " order by " + by, Country.class).getResultList().stream().map(CountryView::new).toList();
    }

    public CountryView country(String code) {
        Country c = Country.find("#Country.byCode", code).firstResult();
        return c == null || c.articleCount == 0 ? null : new CountryView(c);
    }

    /** Which articles a list holds; null members do not filter. */
    public record ArticleFilter(String publisherKey, String countryCode, LocalDate since, LocalDate until,
                                String search) {
    }

    public List<ArticleView> articles(ArticleFilter filter, ArticleOrder order, PageRequest page) {
        String by = switch (order == null ? ArticleOrder.INGESTED : order) {
            case INGESTED -> "a.id";
            case NEWEST -> "a.publishedOn desc nulls last, a.id";
            case OLDEST -> "a.publishedOn asc nulls last, a.id";
        };
        return articleFilter("select a from Article a left join fetch a.publisher", filter).query(em, " order by " + by, Article.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1)
                .getResultList().stream().map(ArticleView::new).toList();
    }

    public int articleCount(ArticleFilter filter) {
        return Math.toIntExact(articleFilter("select count(a) from Article a", filter).query(em, "", Long.class).getSingleResult());
    }

    private static Filter articleFilter(String select, ArticleFilter q) {
        Filter f = new Filter(select + " where 1 = 1");
        f.and(q.publisherKey() != null, "a.publisher.nameKey = :publisher", "publisher", q.publisherKey());
        f.and(q.countryCode() != null, "exists (select 1 from ArticleStance s where s.article = a and s.country.code = :country)",
                "country", q.countryCode());
        f.and(q.since() != null, "a.publishedOn >= :since", "since", q.since());
        f.and(q.until() != null, "a.publishedOn <= :until", "until", q.until());
        f.and(q.search() != null, "(a.title ilike :search or a.body ilike :search)", "search", like(q.search()));
        return f;
    }

    public ArticleView article(String uid) {
        Article a = Article.find("#Article.byUid", uid).firstResult();
        return a == null ? null : new ArticleView(a);
    }

    public SourceView source(String nameKey) {
        Source s = Source.find("#Source.byKey", nameKey).firstResult();
        return s == null ? null : new SourceView(s);
    }

    public ClaimView claim(String uid) {
        Claim c = Claim.find("#Claim.byUid", uid).firstResult(); // claim, article, publisher and source in one statement
        return c == null ? null : new ClaimView(c);
    }

    public List<SourceView> sources(SourceKind kind) {
        List<Source> list = kind == null ? Source.list("#Source.ordered") : Source.list("#Source.byKind", kind);
        return list.stream().map(SourceView::new).toList();
    }

    /** Which claims a list holds; null members do not filter. The position is the one for the country, when one is given. */
    public record ClaimFilter(String countryCode, Position position, Certainty certainty, String sourceKey, String speaker,
                              Integer minCorroboration, String search) {
    }

    public List<ClaimView> claims(ClaimFilter filter, ClaimOrder order, PageRequest page) {
        String by = (order == null ? ClaimOrder.TEXT : order) == ClaimOrder.TEXT ? "c.id" : "c.corroborationCount desc, c.id";
        return claimFilter("select c from Claim c join fetch c.article ca left join fetch ca.publisher left join fetch c.source", filter).query(em, " order by " + by, Claim.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList().stream().map(ClaimView::new).toList();
    }

    public int claimCount(ClaimFilter filter) {
        return Math.toIntExact(claimFilter("select count(c) from Claim c", filter).query(em, "", Long.class).getSingleResult());
    }

    private static Filter claimFilter(String select, ClaimFilter q) {
        Filter f = new Filter(select + " where 1 = 1");
        if (q.countryCode() != null) {
            f.and(true, "exists (select 1 from ClaimCountry cc where cc.claim = c and cc.country.code = :code"
                    + (q.position() == null ? "" : " and cc.position = :position") + ")", "code", q.countryCode());
            f.bind(q.position() != null, "position", q.position());
        } else {
            f.and(q.position() != null, "c.position = :position", "position", q.position());
        }
        f.and(q.certainty() != null, "c.certainty = :certainty", "certainty", q.certainty());
        f.and(q.sourceKey() != null, "c.source.nameKey = :source", "source", q.sourceKey());
        f.and(q.speaker() != null, "c.speaker ilike :speaker", "speaker", like(q.speaker()));
        f.and(q.minCorroboration() != null, "c.corroborationCount >= :minCorroboration", "minCorroboration", q.minCorroboration());
        f.and(q.search() != null, "c.quote ilike :search", "search", like(q.search()));
        return f;
    }

    /** A LIKE pattern that finds the text anywhere, its wildcards escaped; null for null. */
    private static String like(String text) {
        if (text == null) {
            return null;
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A JPQL query built from optional conditions, with its parameters. */
    private static final class Filter {
        private final StringBuilder jpql;
        private final Map<String, Object> params = new LinkedHashMap<>();

        Filter(String head) {
            jpql = new StringBuilder(head);
        }

        void and(boolean when, String condition, String name, Object value) {
            if (when) {
                jpql.append(" and ").append(condition);
                params.put(name, value);
            }
        }

        void bind(boolean when, String name, Object value) {
            if (when) {
                params.put(name, value);
            }
        }

        <T> TypedQuery<T> query(EntityManager em, String tail, Class<T> type) {
            TypedQuery<T> q = em.createQuery(jpql + tail, type);
            params.forEach(q::setParameter);
            return q;
        }
    }

    // ---- by key ---------------------------------------------------------------------------

    public Map<Long, ArticleView> articlesByKey(Collection<Long> keys) {
        return byKey(keys, "from Article a left join fetch a.publisher where a.id in :ids", Article.class, a -> a.id, ArticleView::new);
    }

    public Map<Long, SourceView> sourcesByKey(Collection<Long> keys) {
        return byKey(keys, "from Source s where s.id in :ids", Source.class, s -> s.id, SourceView::new);
    }

    public Map<Long, CountryView> countriesByKey(Collection<Long> keys) {
        return byKey(keys, "from Country c where c.id in :ids", Country.class, c -> c.id, CountryView::new);
    }

    public Map<Long, ClaimView> claimsByKey(Collection<Long> keys) {
        return byKey(keys, "from Claim c join fetch c.article a left join fetch a.publisher left join fetch c.source where c.id in :ids", Claim.class, c -> c.id, ClaimView::new);
    }

    // ---- children of many parents ---------------------------------------------------------

    public Map<Long, List<CountryView>> countriesOfArticles(Collection<Long> articles) {
        return grouped(articles, "from ArticleStance s join fetch s.country where s.article.id in :ids order by s.ordinal",
                ArticleStance.class, s -> s.article.id, s -> new CountryView(s.country));
    }

    public Map<Long, List<ArticleStanceView>> stancesOfArticles(Collection<Long> articles) {
        return grouped(articles, "from ArticleStance s where s.article.id in :ids order by s.ordinal",
                ArticleStance.class, s -> s.article.id, ArticleStanceView::new);
    }

    public Map<Long, List<ArticleStanceView>> stancesOfCountries(Collection<Long> countries) {
        return grouped(countries, "from ArticleStance s where s.country.id in :ids order by s.article.id",
                ArticleStance.class, s -> s.country.id, ArticleStanceView::new);
    }

    public Map<Long, List<SourceView>> sourcesOfArticles(Collection<Long> articles) {
        Map<Long, List<SourceView>> out = new HashMap<>();
        if (articles.isEmpty()) {
            return out;
        }
        for (Keyed<Source> r : em.createQuery("select new io.stancegraph.graphql.GraphQueries$Keyed(a.id, s) from Article a join a.sources s "
                + "where a.id in :ids order by a.id, index(s)", keyed(Source.class)).setParameter("ids", articles).getResultList()) {
            out.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new SourceView(r.value()));
        }
        return out;
    }

    public Map<Long, List<ArticleView>> articlesPublishedBy(Collection<Long> sources) {
        return grouped(sources, "from Article a join fetch a.publisher p where p.id in :ids order by a.id", Article.class,
                a -> a.publisher.id, ArticleView::new);
    }

    public Map<Long, List<ArticleView>> articlesCiting(Collection<Long> sources) {
        Map<Long, List<ArticleView>> out = new HashMap<>();
        if (sources.isEmpty()) {
            return out;
        }
        for (Keyed<Article> r : em.createQuery("select new io.stancegraph.graphql.GraphQueries$Keyed(s.id, a) from Article a join a.sources s "
                + "left join fetch a.publisher where s.id in :ids order by a.id", keyed(Article.class)).setParameter("ids", sources).getResultList()) {
            out.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new ArticleView(r.value()));
        }
        return out;
    }

    /** The countries each claim takes a side for, with cue and rule. */
    public Map<Long, List<EvidenceView>> evidenceOfClaims(Collection<Long> claims) {
        return grouped(claims, "from ClaimCountry cc join fetch cc.country where cc.claim.id in :ids and cc.rule is not null order by cc.id",
                ClaimCountry.class, cc -> cc.claim.id, EvidenceView::new);
    }

    public Map<Long, List<CountryView>> countriesOfClaims(Collection<Long> claims) {
        return grouped(claims, "from ClaimCountry cc join fetch cc.country where cc.claim.id in :ids order by cc.id",
                ClaimCountry.class, cc -> cc.claim.id, cc -> new CountryView(cc.country));
    }

    /** Claims of other articles linked to each claim by the given kind of link, in article and text order. */
    public Map<Long, List<ClaimView>> linkedClaims(Collection<Long> claims, Corroboration.Kind kind) {
        Map<Long, List<ClaimView>> out = new HashMap<>();
        if (claims.isEmpty()) {
            return out;
        }
        List<ClaimLink> links = em.createQuery("from ClaimLink l where l.claimId in :ids and l.kind = :kind", ClaimLink.class)
                .setParameter("ids", claims).setParameter("kind", kind).getResultList();
        Set<Long> others = new HashSet<>();
        links.forEach(l -> Arrays.stream(l.otherIds).forEach(others::add));
        if (others.isEmpty()) {
            return out;
        }
        Map<Long, Claim> byId = new HashMap<>();
        for (Claim o : em.createQuery("from Claim o join fetch o.article oa left join fetch oa.publisher left join fetch o.source "
                + "where o.id in :ids", Claim.class).setParameter("ids", others).getResultList()) {
            byId.put(o.id, o);
        }
        Comparator<Claim> order = Comparator.<Claim>comparingLong(c -> c.article.id).thenComparingInt(c -> c.ordinal);
        for (ClaimLink l : links) {
            out.put(l.claimId, Arrays.stream(l.otherIds).mapToObj(byId::get).filter(Objects::nonNull).sorted(order)
                    .map(ClaimView::new).toList());
        }
        return out;
    }

    /** The claims that support each article stance: same article and country, and the stance's position. */
    public Map<Long, List<ClaimView>> quotesOfArticleStances(Collection<Long> stances) {
        Map<Long, List<ClaimView>> out = new HashMap<>();
        if (stances.isEmpty()) {
            return out;
        }
        for (StanceQuote r : em.createQuery("""
                select new io.stancegraph.graphql.GraphQueries$StanceQuote(s.id, s.position, c, cc.position)
                from ArticleStance s, ClaimCountry cc join cc.claim c join fetch c.article ca left join fetch ca.publisher
                    left join fetch c.source
                where s.id in :ids and cc.country = s.country and c.article = s.article
                order by s.id, c.ordinal""", StanceQuote.class)
                .setParameter("ids", stances).getResultList()) {
            if (r.position().supports(r.stancePosition())) {
                out.computeIfAbsent(r.stanceId(), k -> new ArrayList<>()).add(new ClaimView(r.claim()));
            }
        }
        return out;
    }

    /** One page of claims per article, in text order. */
    public Map<Long, List<ClaimView>> claimsOfArticles(Collection<Long> articles, PageRequest page) {
        if (articles.isEmpty()) {
            return new HashMap<>();
        }
        List<Claim> rows = em.createQuery("from Claim c join fetch c.article a left join fetch a.publisher left join fetch c.source "
                        + "where a.id in :ids and c.ordinal >= :from and c.ordinal < :to "
                        + "order by a.id, c.ordinal", Claim.class)
                .setParameter("ids", articles).setParameter("from", page.offset()).setParameter("to", page.fetchEnd())
                .getResultList();
        Map<Long, List<ClaimView>> out = new HashMap<>();
        rows.forEach(c -> out.computeIfAbsent(c.article.id, k -> new ArrayList<>()).add(new ClaimView(c)));
        return out;
    }

    public Map<Long, Integer> claimCountsOfArticles(Collection<Long> articles) {
        return counts(articles, "select new io.stancegraph.graphql.GraphQueries$IdCount(c.article.id, count(c)) from Claim c where c.article.id in :ids group by c.article.id");
    }

    /** One page of supporting quotes per country, in their stored order. */
    public Map<Long, List<ClaimView>> quotesOfCountries(Collection<Long> countries, PageRequest page) {
        return pagedChildren(countries, COUNTRY_QUOTES, page, this::claimsByKey);
    }

    public Map<Long, Integer> quoteCountsOfCountries(Collection<Long> countries) {
        return counts(countries, "select new io.stancegraph.graphql.GraphQueries$IdCount(c.id, c.quoteCount) from Country c where c.id in :ids");
    }

    /** One page of articles per country, newest first. */
    public Map<Long, List<ArticleView>> articlesOfCountries(Collection<Long> countries, PageRequest page) {
        return pagedChildren(countries, COUNTRY_ARTICLES, page, this::articlesByKey);
    }

    public Map<Long, Integer> articleCountsOfCountries(Collection<Long> countries) {
        return counts(countries, "select new io.stancegraph.graphql.GraphQueries$IdCount(s.country.id, count(s)) from ArticleStance s where s.country.id in :ids group by s.country.id");
    }

    // ---- helpers --------------------------------------------------------------------------

    private <T> Map<Long, List<T>> pagedChildren(Collection<Long> parents, String sql, PageRequest page,
            Function<Collection<Long>, Map<Long, T>> load) {
        Map<Long, List<T>> out = new HashMap<>();
        if (parents.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery(sql).setParameter("ids", parents)
                .setParameter("from", page.offset()).setParameter("to", page.fetchEnd()).getResultList();
        List<Long> childKeys = new ArrayList<>();
        pairs.forEach(p -> childKeys.add(((Number) p[1]).longValue()));
        Map<Long, T> children = load.apply(childKeys);
        for (Object[] p : pairs) {
            T child = children.get(((Number) p[1]).longValue());
            if (child != null) {
                out.computeIfAbsent(((Number) p[0]).longValue(), k -> new ArrayList<>()).add(child);
            }
        }
        return out;
    }

    private Map<Long, Integer> counts(Collection<Long> parents, String jpql) {
        Map<Long, Integer> out = new HashMap<>();
        if (!parents.isEmpty()) {
            for (IdCount r : em.createQuery(jpql, IdCount.class).setParameter("ids", parents).getResultList()) {
                out.put(r.id(), r.count().intValue());
            }
        }
        return out;
    }

    private <E, V> Map<Long, V> byKey(Collection<Long> keys, String jpql, Class<E> type, Function<E, Long> key, Function<E, V> view) {
        Map<Long, V> out = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            for (E e : em.createQuery(jpql, type).setParameter("ids", keys).getResultList()) {
                out.put(key.apply(e), view.apply(e));
            }
        }
        return out;
    }

    private <E, V> Map<Long, List<V>> grouped(Collection<Long> parents, String jpql, Class<E> type, Function<E, Long> parent,
            Function<E, V> view) {
        Map<Long, List<V>> out = new HashMap<>();
        if (!parents.isEmpty()) {
            for (E e : em.createQuery(jpql, type).setParameter("ids", parents).getResultList()) {
                out.computeIfAbsent(parent.apply(e), k -> new ArrayList<>()).add(view.apply(e));
            }
        }
        return out;
    }
}
