package cn.enforcement.platform.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A holiday or make-up working day as case-service, the calendar's keeper, published it. */
@Entity
@Table(name = "published_calendar_day")
public class PublishedCalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkingCalendar.DayKind kind;

    @Column(nullable = false)
    public String name;
}
