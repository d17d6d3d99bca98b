package bench.empty;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** One trivial entity so that Hibernate ORM starts as in StanceGraph. */
@Entity
public class Greeting extends PanacheEntity {
    public String text;
}
