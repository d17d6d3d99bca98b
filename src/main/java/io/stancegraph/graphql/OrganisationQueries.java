package io.stancegraph.graphql;

import io.stancegraph.analysis.Organisations;
import io.stancegraph.analysis.Position;
import io.stancegraph.analysis.StanceAggregator;
import io.stancegraph.analysis.Verdict;
import io.stancegraph.model.ArticleOrganisation;
import io.stancegraph.model.OrganisationClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read queries for organisations as actors. A fixed number of statements per field, whatever the number of parents;
 * cached until the corpus changes, like {@link GraphQueries}.
 */
@ApplicationScoped
@CorpusCached
public class OrganisationQueries {

    @Inject
    EntityManager em;

    private final Organisations organisations = Organisations.load();

    /** The organisations of each article with their stance there and its statements: two statements for all articles. */
    public Map<Long, List<OrganisationStanceView>> ofArticles(Collection<Long> articles) {
        if (articles.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, List<OrganisationStatementView>>> said = new LinkedHashMap<>();
        for (OrganisationClaim c : em.createNamedQuery("OrganisationClaim.byArticles", OrganisationClaim.class)
                .setParameter("ids", articles).getResultList()) {
            said.computeIfAbsent(c.article.id, k -> new LinkedHashMap<>()).computeIfAbsent(c.organisation, k -> new ArrayList<>())
                    .add(new OrganisationStatementView(c));
        }
        Map<Long, List<OrganisationStanceView>> out = new LinkedHashMap<>();
        for (ArticleOrganisation o : em.createNamedQuery("ArticleOrganisation.byArticles", ArticleOrganisation.class)
                .setParameter("ids", articles).getResultList()) {
            Long article = o.article.id;
            view(o.organisation).ifPresent(v -> out.computeIfAbsent(article, k -> new ArrayList<>()).add(new OrganisationStanceView(v,
                    new Verdict(o.position, o.confidence), o.mentions, said.getOrDefault(article, Map.of()).getOrDefault(o.organisation, List.of()))));
        }
        return out;
    }

    /**
     * Corpus stances of the organisations the articles name (those of one kind, or all), most named first, each with
     * its first {@code statements} statements.
     */
    public List<OrganisationStanceView> corpus(Organisations.Kind kind, String only, int statements) {
        var query = only == null ? em.createNamedQuery("ArticleOrganisation.verdicts", ArticleOrganisation.Verdict.class)
                : em.createNamedQuery("ArticleOrganisation.verdictsOf", ArticleOrganisation.Verdict.class).setParameter("code", only);
        Map<String, List<Verdict>> verdicts = new LinkedHashMap<>();
        for (ArticleOrganisation.Verdict v : query.getResultList()) {
            verdicts.computeIfAbsent(v.organisation(), k -> new ArrayList<>()).add(new Verdict(v.position(), v.confidence()));
        }
        if (only != null) {
            verdicts.putIfAbsent(only, List.of());
        }
        List<String> codes = verdicts.keySet().stream()
                .filter(c -> organisations.find(c).filter(e -> kind == null || e.kind() == kind).isPresent())
                .sorted((a, b) -> verdicts.get(b).size() != verdicts.get(a).size() ? verdicts.get(b).size() - verdicts.get(a).size() : a.compareTo(b))
                .toList();
        Map<String, List<OrganisationStatementView>> said = firstStatements(codes, statements);
        List<OrganisationStanceView> out = new ArrayList<>();
        for (String code : codes) {
            List<Verdict> vs = verdicts.get(code);
            Verdict v = vs.isEmpty() ? new Verdict(Position.NEUTRAL, 0) : StanceAggregator.fromArticles(vs);
            out.add(new OrganisationStanceView(view(code).orElseThrow(), v, vs.size(), said.getOrDefault(code, List.of())));
        }
        return out;
    }

    /** The first {@code limit} statements of each organisation, in article and text order: two statements in all. */
    private Map<String, List<OrganisationStatementView>> firstStatements(List<String> codes, int limit) {
        if (codes.isEmpty() || limit <= 0) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from (select c.id, row_number() over (partition by c.organisation "
                + "order by c.article_id, c.start_offset) as k from organisation_claim c where c.organisation in (:codes)) r where r.k <= :limit")
                .setParameter("codes", codes).setParameter("limit", limit).getResultList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, List<OrganisationStatementView>> out = new LinkedHashMap<>();
        for (OrganisationClaim c : em.createQuery("from OrganisationClaim c where c.id in :ids order by c.article.id, c.startOffset",
                OrganisationClaim.class).setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList()) {
            out.computeIfAbsent(c.organisation, k -> new ArrayList<>()).add(new OrganisationStatementView(c));
        }
        return out;
    }

    private Optional<OrganisationView> view(String code) {
        return organisations.find(code).map(OrganisationView::new);
    }
}
