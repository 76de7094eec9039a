package cn.enforcement.evidence.domain.store;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The evidence bucket of the object store: files streamed in and out, never buffered whole; the store's own object lock
 * where it has one; presigned multipart uploads for the devices. The infrastructure implements it (MinIO SDK).
 */
public interface EvidenceStore {

    /** A part of a multipart upload as it is completed: its number and the ETag the store gave it. */
    record Part(int number, String etag) {
    }

    /** A part the store holds of an upload in progress. */
    record HeldPart(int number, String etag, long sizeBytes) {

        public Part part() {
            return new Part(number, etag);
        }
    }

    boolean bucketExists() throws Exception;

    String bucket();

    /** Streams a file in under its key; memory stays flat whatever its size. */
    void put(String key, InputStream body, long size, String contentType) throws Exception;

    /** Whether the store itself refuses to change or remove locked objects (S3 object lock on the bucket). */
    boolean hasObjectLock() throws Exception;

    /** Has the store keep the object unchanged until the end of the date (Beijing time); false where it cannot. */
    boolean retainUntil(String key, LocalDate date) throws Exception;

    /** Places or lifts the store's legal hold on the object; false where the store has none. */
    boolean holdLegally(String key, boolean held) throws Exception;

    InputStream read(String key) throws Exception;

    /** The object's size, or empty when it is gone. */
    Optional<Long> sizeOf(String key) throws Exception;

    /** Copies an object of another bucket of the same store into this one, inside the store. */
    void copyFrom(String sourceBucket, String sourceKey, String key) throws Exception;

    void remove(String key) throws Exception;

    /** A URL that reads the object for the time given, without a token. */
    String presignedGet(String key, Duration validity) throws Exception;

    /** Begins a multipart upload; its id. */
    String startMultipart(String key, String contentType) throws Exception;

    /** A part URL that takes exactly {@code bytes} bytes: the store refuses any other body as it arrives. */
    String presignedPartUrl(String key, String uploadId, int partNumber, Duration validity, long bytes) throws Exception;

    void completeMultipart(String key, String uploadId, List<Part> parts) throws Exception;

    /** The parts of a multipart upload the store holds so far. */
    List<HeldPart> uploadedParts(String key, String uploadId) throws Exception;

    /** Drops the parts of an upload; an upload the store no longer knows counts as dropped. */
    void abortMultipart(String key, String uploadId) throws Exception;
}
