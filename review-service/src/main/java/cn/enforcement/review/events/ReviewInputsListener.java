package cn.enforcement.review.events;

import cn.enforcement.platform.calendar.KeptCalendar;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import cn.enforcement.platform.events.personnel.LegalQualificationRecorded;
import cn.enforcement.platform.events.personnel.OfficerLeftPost;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.events.personnel.OfficerUpdated;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import cn.enforcement.review.domain.LegalReviewDesk;
import cn.enforcement.review.readmodel.OfficerDirectory;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Requests for review and the working-day calendar from case-service; who the officers are from personnel-service. */
@ApplicationScoped
public class ReviewInputsListener {

    private final EventInbox inbox;
    private final EventHandlers cases;
    private final EventHandlers personnel;

    ReviewInputsListener(EventInbox inbox, LegalReviewDesk desk, KeptCalendar calendar, OfficerDirectory officers) {
        this.inbox = inbox;
        this.cases = EventHandlers.create()
                .on(LegalReviewRequested.class, event -> desk.received(event.payload()))
                .on(WorkingCalendarPublished.class, event -> {
                    calendar.published(event.payload());
                    desk.recountOpenDueDates();
                });
        this.personnel = EventHandlers.create()
                .on(OfficerRegistered.class, event -> officers.registered(event.payload()))
                .on(OfficerUpdated.class, event -> officers.updated(event.payload()))
                .on(OfficerMoved.class, event -> officers.moved(event.payload()))
                .on(OfficerLeftPost.class, event -> officers.leftPost(event.payload()))
                .on(LegalQualificationRecorded.class, event -> officers.qualificationRecorded(event.payload()));
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
}
