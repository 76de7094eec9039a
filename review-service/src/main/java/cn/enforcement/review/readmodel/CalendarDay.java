package cn.enforcement.review.readmodel;

import cn.enforcement.platform.calendar.WorkingCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A holiday or make-up working day, as case-service publishes the calendar. */
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
}
