package cn.enforcement.platform.events;

import cn.enforcement.platform.events.evidence.EvidenceRecorded;
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
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.events.review.LegalReviewRequested;
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
            new EventType(Producer.CASE, "LegalReviewRequested", 1, LegalReviewRequested.class),
            new EventType(Producer.EVIDENCE, "EvidenceRecorded", 1, EvidenceRecorded.class),
            new EventType(Producer.REVIEW, "LegalReviewCompleted", 1, LegalReviewCompleted.class));

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
