package io.stancegraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One row: a number every change of the corpus raises in its own transaction, so every replica can tell it changed. */
@Entity
@Table(name = "corpus_version")
@NamedQueries({
        @NamedQuery(name = "CorpusVersion.bump", query = "update CorpusVersion v set v.version = v.version + 1 where v.id = 1"),
        @NamedQuery(name = "CorpusVersion.current", query = "select v.version from CorpusVersion v where v.id = 1")
})
public class CorpusVersion extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(nullable = false)
    public long version;
}
