package cn.enforcement.evidence.domain.safekeeping;

import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.evidence.domain.custody.CustodyLog;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.domain.intake.EvidenceIntake;
import cn.enforcement.evidence.domain.intake.RetentionRule;
import cn.enforcement.evidence.domain.store.EvidenceStore;
import cn.enforcement.evidence.domain.store.ObjectLockKeeper;
import cn.enforcement.platform.events.evidence.EvidenceIntegrityFailed;
import cn.enforcement.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;

/**
 * Keeps evidence as a court can trust it: re-reads objects to prove they are what was recorded,
 * places and releases legal holds, and deletes only what the retention rule allows.
 */
@ApplicationScoped
public class EvidenceCustodian {

    private final EvidenceStore store;
    private final EvidenceIntake intake;
    private final CustodyLog custody;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<ObjectLockKeeper.Hold> storeHold;

    EvidenceCustodian(EvidenceStore store, EvidenceIntake intake, CustodyLog custody, Outbox outbox, Clock clock,
            Event<ObjectLockKeeper.Hold> storeHold) {
        this.store = store;
        this.intake = intake;
        this.custody = custody;
        this.outbox = outbox;
        this.clock = clock;
        this.storeHold = storeHold;
    }

    public record Verification(String evidenceId, boolean intact, String expectedSha256, String foundSha256) {
    }

    /** Re-reads the object and compares its SHA-256 with the intake's; a mismatch is published once. */
    public Verification verify(String evidenceId, String actor, String origin) throws Exception {
        Evidence evidence = QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence>findById(evidenceId));
        String found = store.sizeOf(evidence.objectKey).isPresent() ? intake.hashOfStored(evidence.objectKey).sha256() : "MISSING";
        boolean intact = found.equals(evidence.sha256);
        QuarkusTransaction.requiringNew().run(() -> {
            Evidence current = Evidence.findById(evidenceId);
            current.lastVerifiedAt = clock.instant();
            if (!intact && !current.integrityFailed) {
                outbox.publish(new EvidenceIntegrityFailed(evidenceId, current.caseId, current.agencyCode, current.regionCode,
                        current.sha256, found, clock.instant()));
            }
            current.integrityFailed = !intact;
            custody.append(evidenceId, CustodyLog.Action.VERIFY, actor, origin, intact ? "intact" : "MISMATCH: found " + found);
        });
        return new Verification(evidenceId, intact, evidence.sha256, found);
    }

    /** Places or releases a legal hold; returns the evidence as it now stands. */
    public Evidence hold(Evidence evidence, boolean held, String reason, String actor, String origin) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Evidence current = Evidence.findById(evidence.evidenceId);
            current.legalHold = held;
            storeHold.fire(new ObjectLockKeeper.Hold(current.objectKey, held));
            custody.append(evidence.evidenceId, held ? CustodyLog.Action.HOLD : CustodyLog.Action.RELEASE, actor, origin, reason);
            return current;
        });
    }

    public void delete(Evidence evidence, String actor, String origin) throws Exception {
        KnownCase knownCase = QuarkusTransaction.requiringNew().call(() -> KnownCase.<KnownCase>findById(evidence.caseId));
        RetentionRule.requireDeletable(knownCase.isOpen(), evidence.legalHold, evidence.retainUntil,
                BeijingTime.today(clock));
        store.remove(evidence.objectKey);
        custody.append(evidence.evidenceId, CustodyLog.Action.DELETE, actor, origin, "object removed after retention");
    }
}
