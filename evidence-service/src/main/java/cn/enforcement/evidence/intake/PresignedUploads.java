package cn.enforcement.evidence.intake;

import cn.enforcement.evidence.cases.KnownCase;
import cn.enforcement.evidence.store.EvidenceStore;
import cn.enforcement.platform.problem.ProblemException;
import io.minio.messages.Part;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Large files from mobile clients go straight to object storage in parts through presigned URLs,
 * resumable part by part. On completion the service reads the object back, hashes it, and registers
 * it only if it is exactly what the client declared.
 */
@ApplicationScoped
public class PresignedUploads {

    private final EvidenceStore store;
    private final EvidenceIntake intake;
    private final IntakeRules rules;
    private final Clock clock;
    private final Duration urlValidity;

    PresignedUploads(EvidenceStore store, EvidenceIntake intake, IntakeRules rules, Clock clock,
            @ConfigProperty(name = "evidence.presigned-url-validity", defaultValue = "PT1H") Duration urlValidity) {
        this.store = store;
        this.intake = intake;
        this.rules = rules;
        this.clock = clock;
        this.urlValidity = urlValidity;
    }

    public record Started(String uploadId, String evidenceId, List<String> partUrls, java.time.Instant expiresAt) {
    }

    public Started start(KnownCase knownCase, EvidenceIntake.Metadata metadata, String declaredSha256, long declaredSize,
            int parts, String actor) throws Exception {
        EvidenceIntake.requireAcceptsEvidence(knownCase);
        if (declaredSize > rules.maxBytes()) {
            throw new CountingLimit.TooLarge(rules.maxBytes());
        }
        String evidenceId = UUID.randomUUID().toString();
        String key = EvidenceIntake.objectKeyOf(knownCase.caseId, evidenceId);
        String uploadId = store.startMultipart(key, "application/octet-stream");
        QuarkusTransaction.requiringNew().run(() -> {
            PendingUpload pending = new PendingUpload();
            pending.uploadId = uploadId;
            pending.evidenceId = evidenceId;
            pending.caseId = knownCase.caseId;
            pending.objectKey = key;
            pending.kind = metadata.kind();
            pending.stage = metadata.stage();
            pending.declaredSha256 = declaredSha256;
            pending.declaredSize = declaredSize;
            pending.recordedAt = metadata.recordedAt();
            pending.recordedBy = metadata.recordedBy();
            pending.deviceId = metadata.deviceId();
            pending.location = metadata.location();
            pending.description = metadata.description();
            pending.startedBy = actor;
            pending.startedAt = clock.instant();
            pending.persist();
        });
        List<String> urls = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            urls.add(store.presignedPartUrl(key, uploadId, part, urlValidity));
        }
        return new Started(uploadId, evidenceId, urls, clock.instant().plus(urlValidity));
    }

    public record CompletedPart(int partNumber, String etag) {
    }

    public Evidence complete(KnownCase knownCase, String uploadId, List<CompletedPart> parts, String actor, String origin)
            throws Exception {
        PendingUpload pending = QuarkusTransaction.requiringNew().call(() -> PendingUpload.<PendingUpload>findById(uploadId));
        if (pending == null || !pending.caseId.equals(knownCase.caseId)) {
            throw ProblemException.notFound("UPLOAD_NOT_FOUND", "no upload " + uploadId + " for this case");
        }
        store.completeMultipart(pending.objectKey, uploadId, parts.stream().map(p -> new Part(p.partNumber(), p.etag())).toList());
        QuarkusTransaction.requiringNew().run(() -> PendingUpload.deleteById(uploadId));
        EvidenceIntake.Stored stored = intake.hashOfStored(pending.objectKey);
        if (!stored.sha256().equalsIgnoreCase(pending.declaredSha256) || stored.size() != pending.declaredSize) {
            store.remove(pending.objectKey);
            throw ProblemException.unprocessable("HASH_MISMATCH", "Not what was declared",
                    "the uploaded object has SHA-256 " + stored.sha256() + " and " + stored.size() + " bytes; declared "
                            + pending.declaredSha256 + " and " + pending.declaredSize + " bytes. It was not registered.");
        }
        try {
            rules.requireAllowed(pending.kind, stored.contentType());
        } catch (ProblemException refused) {
            store.remove(pending.objectKey);
            throw refused;
        }
        return intake.register(knownCase, pending.evidenceId, pending.objectKey, pending.metadata(), stored, actor, origin);
    }
}
