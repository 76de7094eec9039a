package cn.enforcement.personnel.jobs;

import cn.enforcement.personnel.domain.AgencyRegistry;
import cn.enforcement.platform.jobs.ClusterLock;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start-up, once across replicas: agencies a migration wrote or changed are published to every service. */
@ApplicationScoped
public class AgencyRegistryPublisher {

    void onStart(@Observes StartupEvent start, ClusterLock lock, AgencyRegistry registry) {
        lock.runExclusively("agency-registry-publication", registry::publishUnpublished);
    }
}
