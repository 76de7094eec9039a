package cn.enforcement.cases.jobs;

import cn.enforcement.cases.domain.calendar.CalendarService;
import cn.enforcement.platform.jobs.ClusterLock;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start-up, once across replicas: calendar years loaded or changed by migrations are published. */
@ApplicationScoped
public class CalendarPublisher {

    void onStart(@Observes StartupEvent start, ClusterLock lock, CalendarService calendar) {
        lock.runExclusively("calendar-publication", calendar::publishChangedYears);
    }
}
