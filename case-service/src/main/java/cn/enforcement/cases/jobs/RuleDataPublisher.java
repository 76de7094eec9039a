package cn.enforcement.cases.jobs;

import cn.enforcement.cases.domain.calendar.CalendarService;
import cn.enforcement.cases.domain.catalogue.CataloguePublication;
import cn.enforcement.platform.jobs.ClusterLock;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start-up, once across replicas: calendar years and catalogue items loaded or changed by migrations are published. */
@ApplicationScoped
public class RuleDataPublisher {

    void onStart(@Observes StartupEvent start, ClusterLock lock, CalendarService calendar, CataloguePublication catalogue) {
        lock.runExclusively("rule-data-publication", () -> {
            calendar.publishChangedYears();
            catalogue.publishChangedItems();
        });
    }
}
