package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The corpus event, once detected or configured: one row, so that it stays fixed as articles arrive. */
@Entity
@Table(name = "corpus_event")
public class EventRecord extends PanacheEntityBase {

    /** Always 1: a corpus has one event. */
    @Id
    public int id = 1;

    @Column(length = 500)
    public String summary;

    /** ISO codes, comma separated. */
    @Column(nullable = false, length = 500)
    public String actors;

    @Column(length = 60)
    public String act;

    @Column(name = "object_phrase", length = 300)
    public String object;

    /** ISO codes, comma separated. */
    @Column(nullable = false, length = 500)
    public String targets;

    /** Lower-case words, space separated. */
    @Column(nullable = false, length = 4000)
    public String triggers;

    /** DETECTED or CONFIGURED. */
    @Column(nullable = false, length = 16)
    public String origin;
}
