package cn.enforcement.evidence.domain.intake;

import cn.enforcement.evidence.domain.EvidenceProblem;
import cn.enforcement.evidence.domain.store.EvidenceStore;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.platform.jobs.ClusterLock;
import cn.enforcement.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Large files from mobile clients go straight to object storage in parts through presigned URLs,
 * resumable part by part. On completion the service reads the object back, hashes it, and registers
 * it only if it is exactly what the client declared.
 */
@ApplicationScoped
public class PresignedUploads {

    private static final Logger LOG = Logger.getLogger(PresignedUploads.class);

    private final EvidenceStore store;
    private final EvidenceIntake intake;
    private final IntakeRules rules;
    private final Clock clock;
    private final ClusterLock lock;
    private final Duration urlValidity;
    private final Duration abandonedAfter;

    PresignedUploads(EvidenceStore store, EvidenceIntake intake, IntakeRules rules, Clock clock, ClusterLock lock,
            @ConfigProperty(name = "evidence.presigned-url-validity", defaultValue = "PT1H") Duration urlValidity,
            @ConfigProperty(name = "evidence.presigned-upload-abandoned-after", defaultValue = "P7D") Duration abandonedAfter) {
        this.store = store;
        this.intake = intake;
        this.rules = rules;
        this.clock = clock;
        this.lock = lock;
        this.urlValidity = urlValidity;
        this.abandonedAfter = abandonedAfter;
    }

    /** Where to PUT each part, and how long every part but the last is (the last is the rest). */
    public record Started(String uploadId, String evidenceId, long partSize, List<String> partUrls, Instant expiresAt) {
    }

    public Started start(KnownCase knownCase, Recording recording, String declaredSha256, long declaredSize,
            int parts, Long partSize, String actor) throws Exception {
        EvidenceIntake.requireAcceptsEvidence(knownCase);
        if (declaredSize > rules.maxBytes()) {
            throw CountingLimit.tooLarge(rules.maxBytes());
        }
        PartPlan plan = PartPlan.of(declaredSize, parts, partSize);
        String evidenceId = UUID.randomUUID().toString();
        String key = EvidenceIntake.objectKeyOf(knownCase.caseId, evidenceId);
        String uploadId = store.startMultipart(key, "application/octet-stream");
        QuarkusTransaction.requiringNew().run(() -> {
            PendingUpload pending = new PendingUpload();
            pending.uploadId = uploadId;
            pending.evidenceId = evidenceId;
            pending.caseId = knownCase.caseId;
            pending.objectKey = key;
            pending.recording = recording;
            pending.declaredSha256 = declaredSha256;
            pending.declaredSize = declaredSize;
            pending.parts = parts;
            pending.partSize = plan.partSize();
            pending.startedBy = actor;
            pending.startedAt = clock.instant();
            pending.persist();
        });
        List<String> urls = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            urls.add(store.presignedPartUrl(key, uploadId, part, urlValidity, plan.sizeOf(part)));
        }
        return new Started(uploadId, evidenceId, plan.partSize(), urls, clock.instant().plus(urlValidity));
    }

    public record CompletedPart(int partNumber, String etag) {
    }

    public record UploadedPart(int partNumber, String etag, long sizeBytes) {
    }

    public record MissingPart(int partNumber, long sizeBytes, String url) {
    }

    /** Where an upload stands: the parts the store holds, and fresh URLs for those still missing. */
    public record Progress(String uploadId, String evidenceId, int parts, List<UploadedPart> uploaded, List<MissingPart> missing,
            Instant expiresAt) {
    }

    /** For a client resuming after a break, a restart or the expiry of its URLs. */
    public Progress resume(KnownCase knownCase, String uploadId) throws Exception {
        PendingUpload pending = pendingOf(knownCase, uploadId);
        List<UploadedPart> uploaded = store.uploadedParts(pending.objectKey, uploadId).stream()
                .map(part -> new UploadedPart(part.number(), part.etag().replace("\"", ""), part.sizeBytes())).toList();
        Set<Integer> held = uploaded.stream().map(UploadedPart::partNumber).collect(Collectors.toSet());
        List<MissingPart> missing = new ArrayList<>();
        PartPlan plan = pending.plan();
        for (int part = 1; part <= pending.parts; part++) {
            if (!held.contains(part)) {
                missing.add(new MissingPart(part, plan.sizeOf(part),
                        store.presignedPartUrl(pending.objectKey, uploadId, part, urlValidity, plan.sizeOf(part))));
            }
        }
        return new Progress(uploadId, pending.evidenceId, pending.parts, uploaded, missing, clock.instant().plus(urlValidity));
    }

    /** Gives an upload up: the store drops its parts, nothing is registered. */
    public void abandon(KnownCase knownCase, String uploadId) throws Exception {
        PendingUpload pending = pendingOf(knownCase, uploadId);
        store.abortMultipart(pending.objectKey, uploadId);
        QuarkusTransaction.requiringNew().run(() -> PendingUpload.deleteById(uploadId));
    }

    /** Uploads left unfinished too long are given up, so that their parts do not fill the store. */
    @Scheduled(every = "${evidence.abandoned-uploads.check-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void giveUpAbandoned() {
        lock.runExclusively("abandoned-uploads", () -> {
            for (PendingUpload pending : PendingUpload.<PendingUpload>list("startedAt < ?1", clock.instant().minus(abandonedAfter))) {
                try {
                    store.abortMultipart(pending.objectKey, pending.uploadId);
                    pending.delete();
                    LOG.infof("gave up upload %s to case %s, started %s by %s", pending.uploadId, pending.caseId, pending.startedAt,
                            pending.startedBy);
                } catch (Exception e) {
                    LOG.warnf("upload %s not given up this round: %s", pending.uploadId, e.getMessage());
                }
            }
        });
    }

    private static PendingUpload pendingOf(KnownCase knownCase, String uploadId) {
        PendingUpload pending = QuarkusTransaction.requiringNew().call(() -> PendingUpload.<PendingUpload>findById(uploadId));
        if (pending == null || !pending.caseId.equals(knownCase.caseId)) {
            throw EvidenceProblem.UPLOAD_NOT_FOUND.refuse("no upload " + uploadId + " under way for this case");
        }
        return pending;
    }

    public Evidence complete(KnownCase knownCase, String uploadId, List<CompletedPart> parts, String actor, String origin)
            throws Exception {
        PendingUpload pending = pendingOf(knownCase, uploadId);
        store.completeMultipart(pending.objectKey, uploadId, parts.stream().map(p -> new EvidenceStore.Part(p.partNumber(), p.etag())).toList());
        QuarkusTransaction.requiringNew().run(() -> PendingUpload.deleteById(uploadId));
        EvidenceIntake.Stored stored = intake.hashOfStored(pending.objectKey);
        if (!stored.sha256().equalsIgnoreCase(pending.declaredSha256) || stored.size() != pending.declaredSize) {
            store.remove(pending.objectKey);
            throw EvidenceProblem.HASH_MISMATCH.refuse(
                    "the uploaded object has SHA-256 " + stored.sha256() + " and " + stored.size() + " bytes; declared "
                            + pending.declaredSha256 + " and " + pending.declaredSize + " bytes. It was not registered.");
        }
        try {
            rules.requireAllowed(pending.recording.kind(), stored.contentType());
        } catch (ProblemException refused) {
            store.remove(pending.objectKey);
            throw refused;
        }
        return intake.register(knownCase, new EvidenceIntake.Received(pending.evidenceId, pending.objectKey, stored), pending.recording,
                actor, origin);
    }
}
