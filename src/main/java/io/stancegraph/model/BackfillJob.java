package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One document of a backfill: replicas claim jobs with FOR UPDATE SKIP LOCKED, and a job is marked
 * done in the transaction that stores its article, so nothing is stored twice or lost when a replica
 * dies; a claim older than the lease is taken over.
 */
@Entity
@Table(name = "backfill_job", indexes = @Index(name = "backfill_job_state_idx", columnList = "state, id"))
@NamedQueries({
        @NamedQuery(name = "BackfillJob.claimable", query = """
                from BackfillJob j where j.state = 'QUEUED' or (j.state = 'CLAIMED' and j.claimedAt < ?1) order by j.id"""),
        @NamedQuery(name = "BackfillJob.byState", query = "select new io.stancegraph.model.BackfillJob$StateCount(j.state, count(j)) from BackfillJob j group by j.state")
})
public class BackfillJob extends PanacheEntity {

    /** Jobs in one state. */
    public record StateCount(String state, long count) {
    }

    /** Path of the document, as every replica sees it (a shared volume). */
    @Column(nullable = false, unique = true, length = 1000)
    public String path;

    /** QUEUED, CLAIMED, DONE or FAILED. */
    @Column(nullable = false, length = 16)
    public String state;

    @Column(name = "claimed_by", length = 100)
    public String claimedBy;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(length = 500)
    public String error;
}
