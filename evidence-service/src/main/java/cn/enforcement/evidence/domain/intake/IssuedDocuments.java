package cn.enforcement.evidence.domain.intake;

import cn.enforcement.evidence.domain.store.EvidenceStore;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.platform.events.cases.DocumentIssued;
import cn.enforcement.platform.inbox.EventRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The case's documents (执法文书) join its evidence as documentary evidence: case-service stores each PDF once in its
 * own bucket; evidence-service copies it into the evidence store, checks that the copy has the SHA-256 case-service
 * published, and keeps it under custody and retention like any evidence.
 */
@ApplicationScoped
public class IssuedDocuments {

    /** The stage a document is kept under: DOCUMENT_ and its kind, e.g. DOCUMENT_PENALTY_DECISION. */
    static final String STAGE_PREFIX = "DOCUMENT_";

    private final EvidenceStore store;
    private final EvidenceIntake intake;

    IssuedDocuments(EvidenceStore store, EvidenceIntake intake) {
        this.store = store;
        this.intake = intake;
    }

    public void issued(DocumentIssued issued) {
        KnownCase knownCase = KnownCase.findById(issued.caseRef().caseId());
        if (knownCase == null) {
            throw new IllegalStateException("case " + issued.caseRef().caseId() + " is not known yet; its filing event comes first");
        }
        String evidenceId = UUID.randomUUID().toString();
        String key = EvidenceIntake.objectKeyOf(knownCase.caseId, evidenceId);
        EvidenceIntake.Received received;
        try {
            store.copyFrom(issued.bucket(), issued.objectKey(), key);
            received = new EvidenceIntake.Received(evidenceId, key, intake.hashOfStored(key));
        } catch (Exception storeUnavailable) {
            throw new IllegalStateException("document " + issued.number() + " not copied this time: " + storeUnavailable.getMessage(),
                    storeUnavailable);
        }
        if (!received.stored().sha256().equals(issued.sha256())) {
            intake.discard(received);
            throw new EventRefusedException("document " + issued.number() + " reads with SHA-256 " + received.stored().sha256()
                    + ", not the " + issued.sha256() + " it was issued with");
        }
        intake.keepIssuedDocument(knownCase, received, new Recording(EvidenceKind.DOCUMENTARY, STAGE_PREFIX + issued.kind(), issued.at(),
                EvidenceIntake.ISSUING_SERVICE, null, null, issued.number()), "DocumentIssued " + issued.documentId());
    }
}
