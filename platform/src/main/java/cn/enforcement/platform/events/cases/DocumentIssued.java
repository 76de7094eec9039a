package cn.enforcement.platform.events.cases;

import java.time.Instant;

/**
 * An enforcement document (执法文书) was issued as a numbered PDF, kept unchanged in the object store under
 * {@code bucket}/{@code objectKey} with its SHA-256. Evidence-service takes it into the case's evidence as a document;
 * a correction names the document it corrects ({@code corrects}), which stays as it was.
 */
public record DocumentIssued(
        CaseRef caseRef,
        String documentId,
        String number,
        String kind,
        String sha256,
        long sizeBytes,
        String bucket,
        String objectKey,
        String corrects,
        Instant at) implements CaseEvent {
}
