package cn.enforcement.evidence.store;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The evidence bucket, through the MinIO SDK. Ensures the bucket exists when the service starts. */
@ApplicationScoped
@Startup
public class EvidenceStore {

    private static final Logger LOG = Logger.getLogger(EvidenceStore.class);

    private final MinioClient client;
    private final String bucket;

    EvidenceStore(StoreConfig config) {
        this.client = MinioClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build();
        this.bucket = config.bucket();
        try {
            if (!bucketExists()) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).region(config.region()).build());
                LOG.infof("created evidence bucket %s", bucket);
            }
        } catch (Exception e) {
            LOG.warnf("evidence bucket %s not checked at start (%s); readiness reports it", bucket, e.getMessage());
        }
    }

    public boolean bucketExists() throws Exception {
        return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
    }

    public String bucket() {
        return bucket;
    }
}
