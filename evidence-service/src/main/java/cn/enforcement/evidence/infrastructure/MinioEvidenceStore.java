package cn.enforcement.evidence.infrastructure;

import cn.enforcement.evidence.domain.store.EvidenceStore;

import cn.enforcement.platform.time.BeijingTime;
import io.minio.BucketExistsArgs;
import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.DisableObjectLegalHoldArgs;
import io.minio.EnableObjectLegalHoldArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.SetObjectRetentionArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.ListPartsResult;
import io.minio.messages.ObjectLockConfiguration;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The evidence bucket through the MinIO SDK (MinIO in production, S3Proxy locally). Uploads are
 * streamed, never buffered whole: memory stays flat whatever the size of the file.
 */
@ApplicationScoped
@Startup
public class MinioEvidenceStore implements EvidenceStore {

    private static final Logger LOG = Logger.getLogger(MinioEvidenceStore.class);
    /** Parts of a streamed upload; the SDK holds one part in memory at a time, so memory is flat in file size. */
    private static final long PART_SIZE = 16L * 1024 * 1024;
    /** The largest single PUT S3 accepts. */
    private static final long SINGLE_PUT_LIMIT = 5L * 1024 * 1024 * 1024;
    private static final int COPY_BUFFER = 64 * 1024;
    /** Answers of a store without object lock on the bucket, or without object lock at all. */
    private static final Set<String> NO_OBJECT_LOCK = Set.of("NotImplemented", "ObjectLockConfigurationNotFoundError",
            "InvalidRequest", "MethodNotAllowed");

    private final MinioClient client;
    private final MinioAsyncClient asyncClient;
    private final String bucket;
    private final String region;
    private final RetentionMode retentionMode;
    /** Whether the bucket has S3 object lock; null until the store has answered. */
    private volatile Boolean objectLock;

    MinioEvidenceStore(StoreConfig config) {
        this.client = MinioClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build();
        this.asyncClient = MinioAsyncClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build();
        this.bucket = config.bucket();
        this.region = config.region();
        this.retentionMode = config.retentionMode();
        try {
            if (!bucketExists()) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).region(region).build());
                LOG.infof("created evidence bucket %s", bucket);
            }
            if (!hasObjectLock()) {
                LOG.warnf("the store keeps no object lock on bucket %s: immutability rests on the application alone", bucket);
            }
        } catch (Exception e) {
            LOG.warnf("evidence bucket %s not checked at start (%s); readiness reports it", bucket, e.getMessage());
        }
    }

    @Override
    public boolean bucketExists() throws Exception {
        return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
    }

    @Override
    public String bucket() {
        return bucket;
    }

    /**
     * Streams the body into the object. With a known size (up to 5 GiB) it is one PUT through a URL
     * the SDK presigns, with an unsigned payload: the bytes pass once, nobody re-hashes them to check
     * a signature, and the store assembles no parts. With an unknown size the SDK uploads parts.
     */
    @Override
    public void put(String key, InputStream body, long size, String contentType) throws Exception {
        if (size < 0 || size > SINGLE_PUT_LIMIT) {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(body, size, PART_SIZE)
                    .contentType(contentType).build());
            return;
        }
        String url = client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.PUT).bucket(bucket).object(key)
                .expiry(1, TimeUnit.HOURS).build());
        // a plain blocking connection: the worker thread writes the bytes straight into the socket
        HttpURLConnection put = (HttpURLConnection) URI.create(url).toURL().openConnection();
        put.setRequestMethod("PUT");
        put.setDoOutput(true);
        put.setFixedLengthStreamingMode(size);
        put.setRequestProperty("Content-Type", contentType);
        try (OutputStream out = put.getOutputStream()) {
            byte[] buffer = new byte[COPY_BUFFER];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                out.write(buffer, 0, read);
            }
        }
        int status = put.getResponseCode();
        try (InputStream answer = status == 200 ? put.getInputStream() : put.getErrorStream()) {
            String text = answer == null ? "" : new String(answer.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new IllegalStateException("the store refused the object " + key + ": " + status + " " + text);
            }
        }
    }

    // ---------------------------------------------------------------- object lock (WORM), where the store has it

    /** Whether the store itself refuses to change or remove locked objects (S3 object lock on the bucket). */
    @Override
    public boolean hasObjectLock() throws Exception {
        if (objectLock == null) {
            objectLock = objectLockIn(() -> client.getObjectLockConfiguration(
                    GetObjectLockConfigurationArgs.builder().bucket(bucket).build()));
        }
        return objectLock;
    }

    interface ObjectLockQuery {
        ObjectLockConfiguration run() throws Exception;
    }

    /** A configuration means the bucket has object lock; a store that does not know the request has none. */
    static boolean objectLockIn(ObjectLockQuery query) throws Exception {
        try {
            return query.run() != null;
        } catch (ErrorResponseException e) {
            if (NO_OBJECT_LOCK.contains(e.errorResponse().code())) {
                return false;
            }
            throw e;
        }
    }

    /** Has the store keep the object unchanged until the end of the date (Beijing time); false where it cannot. */
    @Override
    public boolean retainUntil(String key, LocalDate date) throws Exception {
        if (!hasObjectLock()) {
            return false;
        }
        client.setObjectRetention(SetObjectRetentionArgs.builder().bucket(bucket).object(key)
                .config(new Retention(retentionMode, date.plusDays(1).atStartOfDay(BeijingTime.ZONE))).build());
        return true;
    }

    /** Places or lifts the store's legal hold on the object; false where the store has none. */
    @Override
    public boolean holdLegally(String key, boolean held) throws Exception {
        if (!hasObjectLock()) {
            return false;
        }
        if (held) {
            client.enableObjectLegalHold(EnableObjectLegalHoldArgs.builder().bucket(bucket).object(key).build());
        } else {
            client.disableObjectLegalHold(DisableObjectLegalHoldArgs.builder().bucket(bucket).object(key).build());
        }
        return true;
    }

    @Override
    public InputStream read(String key) throws Exception {
        return client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
    }

    /** The object's size, or empty when it is gone. */
    @Override
    public Optional<Long> sizeOf(String key) throws Exception {
        try {
            return Optional.of(client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).size());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Copies an object of another bucket of the same store into this one, inside the store. */
    @Override
    public void copyFrom(String sourceBucket, String sourceKey, String key) throws Exception {
        client.copyObject(CopyObjectArgs.builder().bucket(bucket).object(key)
                .source(CopySource.builder().bucket(sourceBucket).object(sourceKey).build()).build());
    }

    @Override
    public void remove(String key) throws Exception {
        client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
    }

    @Override
    public String presignedGet(String key, Duration validity) throws Exception {
        return client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.GET).bucket(bucket).object(key)
                .expiry((int) validity.toSeconds(), TimeUnit.SECONDS).build());
    }

    // ---------------------------------------------------------------- presigned multipart uploads

    @Override
    public String startMultipart(String key, String contentType) throws Exception {
        return asyncClient.createMultipartUploadAsync(bucket, region, key,
                com.google.common.collect.ImmutableMultimap.of("Content-Type", contentType), null).get().result().uploadId();
    }

    /**
     * A part URL that takes exactly {@code bytes} bytes: the length is among the signed headers, so the store refuses
     * any other body when it arrives (SignatureDoesNotMatch), not only when the upload completes.
     */
    @Override
    public String presignedPartUrl(String key, String uploadId, int partNumber, Duration validity, long bytes) throws Exception {
        return client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.PUT).bucket(bucket).object(key)
                .extraQueryParams(Map.of("uploadId", uploadId, "partNumber", Integer.toString(partNumber)))
                .extraHeaders(Map.of("Content-Length", Long.toString(bytes)))
                .expiry((int) validity.toSeconds(), TimeUnit.SECONDS).build());
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<Part> parts) throws Exception {
        io.minio.messages.Part[] sent = parts.stream().map(part -> new io.minio.messages.Part(part.number(), part.etag()))
                .toArray(io.minio.messages.Part[]::new);
        asyncClient.completeMultipartUploadAsync(bucket, region, key, uploadId, sent, null, null).get();
    }

    /** The parts of a multipart upload the store holds so far. */
    @Override
    public List<HeldPart> uploadedParts(String key, String uploadId) throws Exception {
        List<HeldPart> parts = new ArrayList<>();
        Integer marker = null;
        while (true) {
            ListPartsResult page = asyncClient.listPartsAsync(bucket, region, key, 1000, marker, uploadId, null, null).get().result();
            page.partList().forEach(part -> parts.add(new HeldPart(part.partNumber(), part.etag(), part.partSize())));
            if (!page.isTruncated()) {
                return parts;
            }
            marker = page.nextPartNumberMarker();
        }
    }

    /** Drops the parts of an upload; an upload the store no longer knows counts as dropped. */
    @Override
    public void abortMultipart(String key, String uploadId) throws Exception {
        try {
            asyncClient.abortMultipartUploadAsync(bucket, region, key, uploadId, null, null).get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ErrorResponseException refused && "NoSuchUpload".equals(refused.errorResponse().code()))) {
                throw e;
            }
        }
    }
}
