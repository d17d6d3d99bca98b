package io.stancegraph.health;

import io.stancegraph.ingest.CorpusStatus;
import io.stancegraph.model.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the seeds are loaded and the database answers; reports the article count. */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    @Inject
    CorpusStatus status;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("corpus");
        if (!status.seedsLoaded()) {
            return r.down().withData("seedsLoaded", false).build();
        }
        try {
            long articles = Article.count();
            r.up().withData("seedsLoaded", true).withData("articles", articles);
            if (status.lastLoad() != null) {
                r.withData("skippedAtStartup", status.lastLoad().skipped().size());
            }
            return r.build();
        } catch (RuntimeException e) {
            return r.down().withData("seedsLoaded", true).withData("database", "unreachable").build();
        }
    }
}
