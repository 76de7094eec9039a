package cn.enforcement.evidence.infrastructure;

import cn.enforcement.evidence.domain.store.EvidenceStore;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready to take evidence while the object store or its bucket is out of reach. */
@Readiness
@ApplicationScoped
public class EvidenceStoreHealth implements HealthCheck {

    private final EvidenceStore store;

    EvidenceStoreHealth(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            boolean bucketExists = store.bucketExists();
            return HealthCheckResponse.builder().name("evidence object store").withData("bucket", store.bucket())
                    .withData("objectLock", bucketExists && store.hasObjectLock()).status(bucketExists).build();
        } catch (Exception e) {
            return HealthCheckResponse.builder().name("evidence object store").withData("error", String.valueOf(e.getMessage()))
                    .down().build();
        }
    }
}
