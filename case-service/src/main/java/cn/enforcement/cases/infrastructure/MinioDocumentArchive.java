package cn.enforcement.cases.infrastructure;

import cn.enforcement.cases.domain.documents.DocumentArchive;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.jboss.logging.Logger;

/**
 * The issued PDFs in the object store (MinIO in production, S3Proxy locally), in their own bucket: a document is
 * written once under a key of its own and never again.
 */
@ApplicationScoped
public class MinioDocumentArchive implements DocumentArchive {

    private static final Logger LOG = Logger.getLogger(MinioDocumentArchive.class);

    @ConfigMapping(prefix = "cases.documents.store")
    public interface Config {
        String endpoint();

        String accessKey();

        String secretKey();

        String bucket();

        String region();
    }

    private final MinioClient client;
    private final String bucket;
    private final String region;
    private volatile boolean bucketChecked;

    MinioDocumentArchive(Config config) {
        this.client = MinioClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build();
        this.bucket = config.bucket();
        this.region = config.region();
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public void put(String key, byte[] pdf) throws Exception {
        if (!bucketChecked) {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).region(region).build());
                LOG.infof("created document bucket %s", bucket);
            }
            bucketChecked = true;
        }
        client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(new ByteArrayInputStream(pdf), pdf.length, -1)
                .contentType("application/pdf").build());
    }

    @Override
    public InputStream read(String key) throws Exception {
        return client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
    }
}
