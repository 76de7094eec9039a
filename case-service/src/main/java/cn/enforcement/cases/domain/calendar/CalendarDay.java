package cn.enforcement.cases.domain.calendar;

import cn.enforcement.platform.calendar.WorkingCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** A holiday or make-up working day, as published by the State Council for its year. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkingCalendar.DayKind kind;

    @Column(nullable = false)
    public String name;

    /** Not yet confirmed by the State Council's notice for the year. */
    @Column(nullable = false)
    public boolean provisional;

    public static List<CalendarDay> ofYear(int year) {
        return list("day >= ?1 and day <= ?2 order by day", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
