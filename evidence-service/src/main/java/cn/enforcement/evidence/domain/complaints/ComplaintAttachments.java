package cn.enforcement.evidence.domain.complaints;

import cn.enforcement.evidence.domain.EvidenceProblem;
import cn.enforcement.evidence.domain.intake.EvidenceIntake;
import cn.enforcement.evidence.domain.store.EvidenceStore;
import cn.enforcement.platform.events.evidence.ComplaintAttachmentReceived;
import cn.enforcement.platform.events.review.ComplaintFiled;
import cn.enforcement.platform.events.review.ComplaintRouted;
import cn.enforcement.platform.jobs.ClusterLock;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.persistence.LockModeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Files the public attaches to complaints. Review-service declares each (size, SHA-256, type) when the complaint is
 * filed; the complainant uploads it in one part of a presigned multipart upload and says when done; the bytes are kept
 * only if they are exactly what was declared, and ComplaintAttachmentReceived commits with the record. Because each id
 * takes only its declared bytes (the URL is signed for the declared length, so the store refuses any other body as it
 * arrives), knowing an id lets no one store anything else. A received file is kept under retention and its upload is
 * completed, so a leaked URL cannot replace it.
 */
@ApplicationScoped
public class ComplaintAttachments {

    private static final Logger LOG = Logger.getLogger(ComplaintAttachments.class);

    private final EvidenceStore store;
    private final EvidenceIntake intake;
    private final Outbox outbox;
    private final Clock clock;
    private final ClusterLock lock;
    private final Duration urlValidity;
    private final Duration abandonedAfter;
    private final Period retention;

    ComplaintAttachments(EvidenceStore store, EvidenceIntake intake, Outbox outbox, Clock clock, ClusterLock lock,
            @ConfigProperty(name = "evidence.presigned-url-validity", defaultValue = "PT1H") Duration urlValidity,
            @ConfigProperty(name = "evidence.presigned-upload-abandoned-after", defaultValue = "P7D") Duration abandonedAfter,
            @ConfigProperty(name = "evidence.complaint-attachments.retention", defaultValue = "P3Y") Period retention) {
        this.store = store;
        this.intake = intake;
        this.outbox = outbox;
        this.clock = clock;
        this.lock = lock;
        this.urlValidity = urlValidity;
        this.abandonedAfter = abandonedAfter;
        this.retention = retention;
    }

    /** Takes note of the files declared with a complaint; a replayed event changes nothing. */
    public void declared(ComplaintFiled filed) {
        for (ComplaintFiled.DeclaredAttachment declared : filed.attachments()) {
            if (ComplaintAttachment.findById(declared.attachmentId()) != null) {
                continue;
            }
            ComplaintAttachment attachment = new ComplaintAttachment();
            attachment.attachmentId = declared.attachmentId();
            attachment.trackingNumber = filed.trackingNumber();
            attachment.regionCode = filed.regionCode();
            attachment.agencyCode = filed.agencyCode();
            attachment.fileName = declared.fileName();
            attachment.contentType = declared.contentType();
            attachment.declaredSize = declared.sizeBytes();
            attachment.declaredSha256 = declared.sha256();
            attachment.objectKey = "complaints/" + filed.trackingNumber() + "/" + declared.attachmentId();
            attachment.declaredAt = filed.at();
            attachment.persist();
        }
    }

    /** The agency the complaint was routed to now reads its attachments. */
    public void routed(ComplaintRouted routed) {
        ComplaintAttachment.update("agencyCode = ?1 where trackingNumber = ?2", routed.agencyCode(), routed.trackingNumber());
    }

    /** Where to PUT the file: one part of a multipart upload, started on first ask and kept until completed. */
    public record UploadUrl(ComplaintAttachment attachment, String url, Instant expiresAt) {
    }

    public UploadUrl uploadUrl(String attachmentId) throws Exception {
        ComplaintAttachment attachment = QuarkusTransaction.requiringNew().call(() -> declaredOne(attachmentId));
        if (attachment.received()) {
            throw EvidenceProblem.ATTACHMENT_RECEIVED.refuse(attachment.fileName + " arrived at " + attachment.receivedAt);
        }
        if (attachment.uploadId == null) {
            String uploadId = store.startMultipart(attachment.objectKey, attachment.contentType);
            Instant now = clock.instant();
            int started = QuarkusTransaction.requiringNew().call(() -> ComplaintAttachment.update(
                    "uploadId = ?1, uploadStartedAt = ?2 where attachmentId = ?3 and uploadId is null", uploadId, now, attachmentId));
            if (started == 0) {
                store.abortMultipart(attachment.objectKey, uploadId);
                return uploadUrl(attachmentId);
            }
            attachment.uploadId = uploadId;
        }
        return new UploadUrl(attachment, store.presignedPartUrl(attachment.objectKey, attachment.uploadId, 1, urlValidity,
                attachment.declaredSize), clock.instant().plus(urlValidity));
    }

    /**
     * The complainant says the file is uploaded: the store assembles it, the service reads it back and keeps it only if
     * its size, SHA-256 and content type (as the bytes say) are those declared; otherwise it is removed and a new upload
     * may start. Completing a received file again answers as before. The attachment's row is locked throughout, so two
     * completions sent at once are one after the other: the second finds the file received and answers as the first.
     */
    public ComplaintAttachment complete(String attachmentId) {
        Completion completion = QuarkusTransaction.requiringNew().call(() -> completeLocked(attachmentId));
        if (completion.refusal() != null) {
            throw completion.refusal();
        }
        return completion.kept();
    }

    /** What a completion came to: the file kept, or a refusal to answer once the forgotten upload is committed. */
    private record Completion(ComplaintAttachment kept, ProblemException refusal) {
    }

    private Completion completeLocked(String attachmentId) throws Exception {
        ComplaintAttachment attachment = declaredOne(attachmentId, LockModeType.PESSIMISTIC_WRITE);
        if (attachment.received()) {
            return new Completion(attachment, null);
        }
        List<EvidenceStore.HeldPart> parts = attachment.uploadId == null ? List.of()
                : store.uploadedParts(attachment.objectKey, attachment.uploadId);
        if (parts.isEmpty()) {
            throw EvidenceProblem.ATTACHMENT_NOT_UPLOADED.refuse("nothing was uploaded for " + attachment.fileName + " yet");
        }
        store.completeMultipart(attachment.objectKey, attachment.uploadId, parts.stream().map(EvidenceStore.HeldPart::part).toList());
        attachment.uploadId = null;
        attachment.uploadStartedAt = null;
        EvidenceIntake.Stored stored = intake.hashOfStored(attachment.objectKey);
        if (!stored.sha256().equalsIgnoreCase(attachment.declaredSha256) || stored.size() != attachment.declaredSize) {
            store.remove(attachment.objectKey);
            return new Completion(null, EvidenceProblem.HASH_MISMATCH.refuse("the uploaded file has SHA-256 " + stored.sha256() + " and "
                    + stored.size() + " bytes; declared " + attachment.declaredSha256 + " and " + attachment.declaredSize
                    + " bytes. It was not kept."));
        }
        if (!stored.contentType().equals(attachment.contentType)) {
            store.remove(attachment.objectKey);
            return new Completion(null, EvidenceProblem.CONTENT_TYPE_NOT_ALLOWED.refuse("the file's content is " + stored.contentType()
                    + ", declared as " + attachment.contentType + ". It was not kept."));
        }
        store.retainUntil(attachment.objectKey, BeijingTime.today(clock).plus(retention));
        // as the database keeps it, so that the first answer and every later one tell the same instant
        attachment.receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        outbox.publish(new ComplaintAttachmentReceived(attachment.trackingNumber, attachment.agencyCode, attachment.regionCode,
                attachment.attachmentId, stored.contentType(), stored.size(), stored.sha256(), attachment.receivedAt));
        return new Completion(attachment, null);
    }

    public String downloadUrl(ComplaintAttachment attachment, Duration validity) throws Exception {
        return store.presignedGet(attachment.objectKey, validity);
    }

    /** Uploads started and never completed are given up, so that parts nobody finished do not fill the store. */
    @Scheduled(every = "${evidence.abandoned-uploads.check-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void giveUpAbandoned() {
        lock.runExclusively("abandoned-complaint-attachments", () -> {
            Instant before = clock.instant().minus(abandonedAfter);
            List<ComplaintAttachment> abandoned = QuarkusTransaction.requiringNew().call(
                    () -> ComplaintAttachment.list("uploadId is not null and uploadStartedAt < ?1", before));
            for (ComplaintAttachment attachment : abandoned) {
                try {
                    store.abortMultipart(attachment.objectKey, attachment.uploadId);
                    QuarkusTransaction.requiringNew().run(() -> ComplaintAttachment.update(
                            "uploadId = null, uploadStartedAt = null where attachmentId = ?1", attachment.attachmentId));
                    LOG.infof("gave up the upload of complaint %s's attachment %s", attachment.trackingNumber, attachment.attachmentId);
                } catch (Exception e) {
                    LOG.warnf("upload of attachment %s not given up this round: %s", attachment.attachmentId, e.getMessage());
                }
            }
        });
    }

    private static ComplaintAttachment declaredOne(String attachmentId) {
        return declaredOne(attachmentId, LockModeType.NONE);
    }

    private static ComplaintAttachment declaredOne(String attachmentId, LockModeType lock) {
        ComplaintAttachment attachment = attachmentId.length() > 36 ? null : ComplaintAttachment.findById(attachmentId, lock);
        if (attachment == null) {
            throw EvidenceProblem.ATTACHMENT_NOT_FOUND.refuse("no file declared as " + attachmentId);
        }
        return attachment;
    }
}
