package cn.enforcement.platform.events;

import cn.enforcement.platform.events.cases.CaseArchived;
import cn.enforcement.platform.events.cases.CaseClosed;
import cn.enforcement.platform.events.cases.CaseDeadlineApproaching;
import cn.enforcement.platform.events.cases.CaseDeadlineMissed;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseFilingApproved;
import cn.enforcement.platform.events.cases.CaseOfficersAssigned;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.CriminalThresholdCrossed;
import cn.enforcement.platform.events.cases.DecisionPeriodExtended;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.DecisionServed;
import cn.enforcement.platform.events.cases.DocumentIssued;
import cn.enforcement.platform.events.cases.FineCollectedOnTheSpot;
import cn.enforcement.platform.events.cases.FinePaid;
import cn.enforcement.platform.events.cases.HearingHeld;
import cn.enforcement.platform.events.cases.HearingRequested;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.cases.NoPenaltyDecided;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.events.cases.RemedyConcluded;
import cn.enforcement.platform.events.cases.RemedyFiled;
import cn.enforcement.platform.events.cases.TransferAnswered;
import cn.enforcement.platform.events.cases.TransferDecided;
import cn.enforcement.platform.events.cases.TransferFilingSupervised;
import cn.enforcement.platform.events.cases.TransferReconsiderationRequested;
import cn.enforcement.platform.events.cases.TransferRequested;
import cn.enforcement.platform.events.cases.ViolationItemPublished;
import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import cn.enforcement.platform.events.disclosure.AnnualReportOverdue;
import cn.enforcement.platform.events.disclosure.DisclosureOverdue;
import cn.enforcement.platform.events.disclosure.DisclosurePublished;
import cn.enforcement.platform.events.disclosure.DisclosureWithdrawn;
import cn.enforcement.platform.events.evidence.ComplaintAttachmentReceived;
import cn.enforcement.platform.events.evidence.EvidenceIntegrityFailed;
import cn.enforcement.platform.events.evidence.EvidencePackageSealed;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.events.evidence.RecordingMissing;
import cn.enforcement.platform.events.personnel.AgencyRecorded;
import cn.enforcement.platform.events.personnel.AnnualReviewOverdue;
import cn.enforcement.platform.events.personnel.AnnualReviewRecorded;
import cn.enforcement.platform.events.personnel.CredentialCancelled;
import cn.enforcement.platform.events.personnel.CredentialExpired;
import cn.enforcement.platform.events.personnel.CredentialIssued;
import cn.enforcement.platform.events.personnel.CredentialReinstated;
import cn.enforcement.platform.events.personnel.CredentialRevoked;
import cn.enforcement.platform.events.personnel.CredentialSuspended;
import cn.enforcement.platform.events.personnel.LegalQualificationRecorded;
import cn.enforcement.platform.events.personnel.OfficerLeftPost;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.events.personnel.OfficerUpdated;
import cn.enforcement.platform.events.review.CaseFileDrawnForEvaluation;
import cn.enforcement.platform.events.review.CaseFileEvaluated;
import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded;
import cn.enforcement.platform.events.review.ComplaintFiled;
import cn.enforcement.platform.events.review.ComplaintOverdue;
import cn.enforcement.platform.events.review.ComplaintRouted;
import cn.enforcement.platform.events.review.LedgerEntryOverdue;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.events.review.LegalReviewOverdue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event the platform publishes, in one place: producers and consumers use these records,
 * and {@code docs/asyncapi.yaml} is tested against this list.
 */
public final class EventCatalog {

    private static final List<EventType> TYPES = List.of(
            new EventType(Producer.PERSONNEL, "OfficerRegistered", 1, OfficerRegistered.class),
            new EventType(Producer.PERSONNEL, "OfficerUpdated", 1, OfficerUpdated.class),
            new EventType(Producer.PERSONNEL, "OfficerMoved", 1, OfficerMoved.class),
            new EventType(Producer.PERSONNEL, "OfficerLeftPost", 1, OfficerLeftPost.class),
            new EventType(Producer.PERSONNEL, "CredentialIssued", 1, CredentialIssued.class),
            new EventType(Producer.PERSONNEL, "CredentialSuspended", 1, CredentialSuspended.class),
            new EventType(Producer.PERSONNEL, "CredentialReinstated", 1, CredentialReinstated.class),
            new EventType(Producer.PERSONNEL, "CredentialRevoked", 1, CredentialRevoked.class),
            new EventType(Producer.PERSONNEL, "CredentialCancelled", 1, CredentialCancelled.class),
            new EventType(Producer.PERSONNEL, "CredentialExpired", 1, CredentialExpired.class),
            new EventType(Producer.PERSONNEL, "AnnualReviewRecorded", 1, AnnualReviewRecorded.class),
            new EventType(Producer.PERSONNEL, "AnnualReviewOverdue", 1, AnnualReviewOverdue.class),
            new EventType(Producer.PERSONNEL, "LegalQualificationRecorded", 1, LegalQualificationRecorded.class),
            new EventType(Producer.PERSONNEL, "AgencyRecorded", 1, AgencyRecorded.class),
            new EventType(Producer.CASE, "CaseFiled", 1, CaseFiled.class),
            new EventType(Producer.CASE, "CaseOfficersAssigned", 1, CaseOfficersAssigned.class),
            new EventType(Producer.CASE, "CaseFilingApproved", 1, CaseFilingApproved.class),
            new EventType(Producer.CASE, "LegalReviewRequested", 1, LegalReviewRequested.class),
            new EventType(Producer.CASE, "NoticeIssued", 1, NoticeIssued.class),
            new EventType(Producer.CASE, "HearingRequested", 1, HearingRequested.class),
            new EventType(Producer.CASE, "HearingHeld", 1, HearingHeld.class),
            new EventType(Producer.CASE, "CaseDecided", 1, CaseDecided.class),
            new EventType(Producer.CASE, "DecisionServed", 1, DecisionServed.class),
            new EventType(Producer.CASE, "FinePaid", 1, FinePaid.class),
            new EventType(Producer.CASE, "FineCollectedOnTheSpot", 1, FineCollectedOnTheSpot.class),
            new EventType(Producer.CASE, "NoPenaltyDecided", 1, NoPenaltyDecided.class),
            new EventType(Producer.CASE, "CriminalThresholdCrossed", 1, CriminalThresholdCrossed.class),
            new EventType(Producer.CASE, "TransferRequested", 1, TransferRequested.class),
            new EventType(Producer.CASE, "TransferDecided", 1, TransferDecided.class),
            new EventType(Producer.CASE, "CaseTransferred", 1, CaseTransferred.class),
            new EventType(Producer.CASE, "TransferAnswered", 1, TransferAnswered.class),
            new EventType(Producer.CASE, "TransferReconsiderationRequested", 1, TransferReconsiderationRequested.class),
            new EventType(Producer.CASE, "TransferFilingSupervised", 1, TransferFilingSupervised.class),
            new EventType(Producer.CASE, "DecisionPeriodExtended", 1, DecisionPeriodExtended.class),
            new EventType(Producer.CASE, "DecisionRevoked", 1, DecisionRevoked.class),
            new EventType(Producer.CASE, "CaseClosed", 1, CaseClosed.class),
            new EventType(Producer.CASE, "CaseArchived", 1, CaseArchived.class),
            new EventType(Producer.CASE, "CaseDeadlineApproaching", 1, CaseDeadlineApproaching.class),
            new EventType(Producer.CASE, "CaseDeadlineMissed", 1, CaseDeadlineMissed.class),
            new EventType(Producer.CASE, "WorkingCalendarPublished", 1, WorkingCalendarPublished.class),
            new EventType(Producer.CASE, "ViolationItemPublished", 1, ViolationItemPublished.class),
            new EventType(Producer.CASE, "RemedyFiled", 1, RemedyFiled.class),
            new EventType(Producer.CASE, "RemedyConcluded", 1, RemedyConcluded.class),
            new EventType(Producer.CASE, "DocumentIssued", 1, DocumentIssued.class),
            new EventType(Producer.EVIDENCE, "EvidenceRecorded", 1, EvidenceRecorded.class),
            new EventType(Producer.EVIDENCE, "EvidenceIntegrityFailed", 1, EvidenceIntegrityFailed.class),
            new EventType(Producer.EVIDENCE, "RecordingMissing", 1, RecordingMissing.class),
            new EventType(Producer.EVIDENCE, "EvidencePackageSealed", 1, EvidencePackageSealed.class),
            new EventType(Producer.EVIDENCE, "ComplaintAttachmentReceived", 1, ComplaintAttachmentReceived.class),
            new EventType(Producer.REVIEW, "LegalReviewCompleted", 1, LegalReviewCompleted.class),
            new EventType(Producer.REVIEW, "LegalReviewOverdue", 1, LegalReviewOverdue.class),
            new EventType(Producer.REVIEW, "CollectiveDiscussionConcluded", 1, CollectiveDiscussionConcluded.class),
            new EventType(Producer.REVIEW, "CaseFileDrawnForEvaluation", 1, CaseFileDrawnForEvaluation.class),
            new EventType(Producer.REVIEW, "CaseFileEvaluated", 1, CaseFileEvaluated.class),
            new EventType(Producer.REVIEW, "LedgerEntryOverdue", 1, LedgerEntryOverdue.class),
            new EventType(Producer.REVIEW, "ComplaintFiled", 1, ComplaintFiled.class),
            new EventType(Producer.REVIEW, "ComplaintRouted", 1, ComplaintRouted.class),
            new EventType(Producer.REVIEW, "ComplaintOverdue", 1, ComplaintOverdue.class),
            new EventType(Producer.DISCLOSURE, "DisclosurePublished", 1, DisclosurePublished.class),
            new EventType(Producer.DISCLOSURE, "DisclosureWithdrawn", 1, DisclosureWithdrawn.class),
            new EventType(Producer.DISCLOSURE, "DisclosureOverdue", 1, DisclosureOverdue.class),
            new EventType(Producer.DISCLOSURE, "AnnualReportOverdue", 1, AnnualReportOverdue.class));

    private static final Map<Class<? extends DomainEvent>, EventType> BY_CLASS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::payload, Function.identity()));
    private static final Map<String, EventType> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return TYPES;
    }

    public static EventType of(Class<? extends DomainEvent> payload) {
        EventType type = BY_CLASS.get(payload);
        if (type == null) {
            throw new IllegalArgumentException(payload.getName() + " is not in the event catalogue");
        }
        return type;
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }
}
