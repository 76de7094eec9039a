package cn.enforcement.cases.domain.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last version of a calendar year told to other services, by digest, so each change is published once. */
@Entity
@Table(name = "calendar_publication")
public class CalendarPublication extends PanacheEntityBase {

    @Id
    public int year;

    @Column(nullable = false)
    public String digest;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
