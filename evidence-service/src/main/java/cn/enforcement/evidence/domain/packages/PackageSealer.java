package cn.enforcement.evidence.domain.packages;

import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.evidence.domain.custody.CustodyLink;
import cn.enforcement.evidence.domain.custody.CustodyLog;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.platform.events.evidence.EvidencePackageSealed;
import cn.enforcement.platform.outbox.Outbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Seals a transferred case's evidence into a package for the receiving body (移送, TP). */
@ApplicationScoped
public class PackageSealer {

    private final ObjectMapper json;
    private final CustodyLog custody;
    private final Outbox outbox;
    private final Clock clock;

    PackageSealer(ObjectMapper json, CustodyLog custody, Outbox outbox, Clock clock) {
        this.json = json;
        this.custody = custody;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Item(String evidenceId, String kind, String stage, String sha256, long sizeBytes, String contentType,
            String custodyHead) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EvidencePackage seal(KnownCase knownCase, String receivingBody) {
        EvidencePackage existing = EvidencePackage.find("caseId", knownCase.caseId).firstResult();
        if (existing != null) {
            return existing;
        }
        List<Evidence> evidence = Evidence.ofCase(knownCase.caseId);
        List<Item> items = evidence.stream().map(e -> new Item(e.evidenceId, e.recording.kind().name(), e.recording.stage(), e.sha256, e.sizeBytes,
                e.contentType, CustodyLink.<CustodyLink>find("evidenceId = ?1 order by sequence desc", e.evidenceId).firstResult().hash))
                .toList();
        EvidencePackage sealed = new EvidencePackage();
        sealed.packageId = UUID.randomUUID().toString();
        sealed.caseId = knownCase.caseId;
        sealed.receivingBody = receivingBody;
        sealed.manifest = manifestOf(items);
        sealed.manifestSha256 = sha256(sealed.manifest);
        sealed.sealedAt = clock.instant();
        sealed.persist();
        for (Evidence e : evidence) {
            custody.append(e.evidenceId, CustodyLog.Action.PACKAGE, "system", null,
                    "sealed into package " + sealed.packageId + " for " + receivingBody);
        }
        outbox.publish(new EvidencePackageSealed(sealed.packageId, knownCase.caseId, knownCase.agencyCode, knownCase.regionCode,
                receivingBody, items.size(), sealed.manifestSha256, sealed.sealedAt));
        return sealed;
    }

    private String manifestOf(List<Item> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest cannot be written", e);
        }
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
