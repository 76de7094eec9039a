package cn.enforcement.review.events;

import cn.enforcement.platform.calendar.KeptCalendar;
import cn.enforcement.platform.events.cases.CaseEvent;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import cn.enforcement.platform.events.disclosure.DisclosureOverdue;
import cn.enforcement.platform.events.disclosure.DisclosurePublished;
import cn.enforcement.platform.events.disclosure.DisclosureWithdrawn;
import cn.enforcement.platform.events.evidence.ComplaintAttachmentReceived;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.events.evidence.RecordingMissing;
import cn.enforcement.platform.agencies.KnownAgencies;
import cn.enforcement.platform.events.personnel.AgencyRecorded;
import cn.enforcement.platform.events.personnel.CredentialEvent;
import cn.enforcement.platform.events.personnel.LegalQualificationRecorded;
import cn.enforcement.platform.events.personnel.OfficerLeftPost;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.events.personnel.OfficerUpdated;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.review.domain.LegalReviewDesk;
import cn.enforcement.review.domain.audit.CaseFile;
import cn.enforcement.review.domain.audit.FileAudit;
import cn.enforcement.review.domain.complaint.ComplaintDesk;
import cn.enforcement.review.readmodel.KnownCredential;
import cn.enforcement.review.readmodel.OfficerDirectory;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Requests for review and the working-day calendar from case-service; who the officers are and their credentials from
 * personnel-service; and every event of a case, from whichever service, for the automated file checks.
 */
@ApplicationScoped
public class ReviewInputsListener {

    private final EventInbox inbox;
    private final EventHandlers cases;
    private final EventHandlers personnel;
    private final EventHandlers evidence;
    private final EventHandlers reviews;
    private final EventHandlers disclosure;

    ReviewInputsListener(EventInbox inbox, LegalReviewDesk desk, KeptCalendar calendar, OfficerDirectory officers, FileAudit audit,
            ComplaintDesk complaints, KnownAgencies agencies) {
        this.inbox = inbox;
        this.cases = EventHandlers.create()
                .on(LegalReviewRequested.class, event -> desk.received(event.payload()))
                .on(WorkingCalendarPublished.class, event -> {
                    calendar.published(event.payload());
                    desk.recountOpenDueDates();
                })
                .andEvery(CaseEvent.class, audit::recorded);
        this.personnel = EventHandlers.create()
                .on(OfficerRegistered.class, event -> officers.registered(event.payload()))
                .on(OfficerUpdated.class, event -> officers.updated(event.payload()))
                .on(OfficerMoved.class, event -> officers.moved(event.payload()))
                .on(OfficerLeftPost.class, event -> officers.leftPost(event.payload()))
                .on(LegalQualificationRecorded.class, event -> officers.qualificationRecorded(event.payload()))
                .on(AgencyRecorded.class, event -> agencies.recorded(event.payload()))
                .on(CredentialEvent.class, event -> {
                    if (KnownCredential.published(event.payload())) {
                        CaseFile.recheckNaming(event.payload().credential().credentialNumber());
                    }
                });
        this.evidence = EventHandlers.create()
                .on(EvidenceRecorded.class, audit::recorded)
                .on(RecordingMissing.class, audit::recorded)
                .on(ComplaintAttachmentReceived.class, event -> complaints.attachmentReceived(event.payload()));
        this.reviews = EventHandlers.create()
                .on(LegalReviewCompleted.class, audit::recorded)
                .on(CollectiveDiscussionConcluded.class, audit::recorded);
        this.disclosure = EventHandlers.create()
                .on(DisclosurePublished.class, audit::recorded)
                .on(DisclosureWithdrawn.class, audit::recorded)
                .on(DisclosureOverdue.class, audit::recorded);
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onCaseEvent(Message<String> message) {
        return inbox.receive(message, cases);
    }

    @Incoming("personnel-events")
    @Blocking
    public CompletionStage<Void> onPersonnelEvent(Message<String> message) {
        return inbox.receive(message, personnel);
    }

    @Incoming("evidence-events")
    @Blocking
    public CompletionStage<Void> onEvidenceEvent(Message<String> message) {
        return inbox.receive(message, evidence);
    }

    @Incoming("review-events")
    @Blocking
    public CompletionStage<Void> onReviewEvent(Message<String> message) {
        return inbox.receive(message, reviews);
    }

    @Incoming("disclosure-events")
    @Blocking
    public CompletionStage<Void> onDisclosureEvent(Message<String> message) {
        return inbox.receive(message, disclosure);
    }
}
