package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.CaseTimelineEntry;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.cases.readmodel.CaseEvidence;
import cn.enforcement.cases.readmodel.OfficerCredential;
import cn.enforcement.platform.events.cases.ReviewFile;
import cn.enforcement.platform.identity.ResidentIdNumber;

/** The review file (送审材料) of a case as it stands: what goes to the reviewer with each request. */
final class ReviewFiles {

    private ReviewFiles() {
    }

    static ReviewFile of(PenaltyCase c) {
        String identifier = c.partyType == PartyType.INDIVIDUAL ? ResidentIdNumber.masked(c.partyIdentifier) : c.partyIdentifier;
        return new ReviewFile(
                new ReviewFile.Party(c.partyType.name(), c.partyName, identifier),
                c.occurredOn, c.place, c.facts, c.violationItems.stream().map(ReviewFiles::violation).toList(),
                new ReviewFile.ProposedPenalty(c.noticeKind.name(), c.noticeAmount),
                new ReviewFile.Discretion(c.proposalTier, c.proposalOutsideRange, c.proposalReasons),
                c.hearingRequestedAt == null ? null : new ReviewFile.Hearing(c.hearingRequestedAt, c.hearingSettledAt, c.hearingDefaulted),
                c.handlingCredentialList().stream().map(ReviewFiles::handlingOfficer).toList(),
                CaseEvidence.<CaseEvidence>list("caseId = ?1 order by recordedAt", c.caseId).stream()
                        .map(e -> new ReviewFile.Evidence(e.evidenceId, e.kind, e.stage, e.sha256, e.recordedAt)).toList(),
                CaseTimelineEntry.of(c.caseId).stream()
                        .map(e -> new ReviewFile.TimelineEntry(e.at, e.act.name(), e.actor, e.detail)).toList());
    }

    private static ReviewFile.Violation violation(String code) {
        ViolationItem item = ViolationItem.findById(code);
        return item == null ? new ReviewFile.Violation(code, null, null, null)
                : new ReviewFile.Violation(code, item.name, item.illegalActBasis, item.penaltyBasis);
    }

    private static ReviewFile.HandlingOfficer handlingOfficer(String credentialNumber) {
        OfficerCredential credential = OfficerCredential.findById(credentialNumber);
        return credential == null ? new ReviewFile.HandlingOfficer(credentialNumber, null, null)
                : new ReviewFile.HandlingOfficer(credentialNumber, credential.officerId, credential.officerName);
    }
}
