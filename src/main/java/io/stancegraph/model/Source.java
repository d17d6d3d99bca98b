package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.stancegraph.analysis.SourceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A news outlet, agency, think tank, reference work, platform, public body or anonymous source. */
@Entity
@Table(name = "source", indexes = @Index(name = "source_kind_idx", columnList = "kind"))
@NamedQueries({
        @NamedQuery(name = "Source.byKey", query = "from Source where nameKey = ?1"),
        @NamedQuery(name = "Source.ordered", query = "from Source order by name"),
        @NamedQuery(name = "Source.byKind", query = "from Source where kind = ?1 order by name")
})
public class Source extends PanacheEntity {

    /** Normalised name ({@code Names.key}): one row per source whatever the spelling. */
    @Column(name = "name_key", nullable = false, unique = true, length = 300)
    public String nameKey;

    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SourceKind kind;
}
