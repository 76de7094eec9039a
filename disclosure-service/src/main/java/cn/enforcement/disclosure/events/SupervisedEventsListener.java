package cn.enforcement.disclosure.events;

import cn.enforcement.disclosure.domain.FeedAdmission;
import cn.enforcement.disclosure.domain.SupervisionFeed;
import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.evidence.EvidenceIntegrityFailed;
import cn.enforcement.platform.events.evidence.RecordingMissing;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import cn.enforcement.platform.inbox.InboundEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Events disclosure-service keeps only for the supervision feed: review outcomes and overdue reviews, its own
 * disclosures (published, withdrawn, overdue), and the evidence a supervisor must see (an integrity failure, a
 * missing recording); each only within the scope {@link FeedAdmission} checks.
 */
@ApplicationScoped
public class SupervisedEventsListener {

    private final EventInbox inbox;
    private final EventHandlers everyEvent;
    private final EventHandlers evidence;

    SupervisedEventsListener(EventInbox inbox, SupervisionFeed feed, FeedAdmission admission) {
        this.inbox = inbox;
        Consumer<InboundEvent<? extends DomainEvent>> admitted = event -> {
            admission.requireInScope(event.payload());
            feed.record(event);
        };
        this.everyEvent = EventHandlers.create().andEvery(DomainEvent.class, admitted::accept);
        this.evidence = EventHandlers.create().andEvery(EvidenceIntegrityFailed.class, admitted::accept)
                .andEvery(RecordingMissing.class, admitted::accept);
    }

    @Incoming("review-events")
    @Blocking
    public CompletionStage<Void> onReviewEvent(Message<String> message) {
        return inbox.receive(message, everyEvent);
    }

    @Incoming("evidence-events")
    @Blocking
    public CompletionStage<Void> onEvidenceEvent(Message<String> message) {
        return inbox.receive(message, evidence);
    }

    @Incoming("disclosure-events")
    @Blocking
    public CompletionStage<Void> onDisclosureEvent(Message<String> message) {
        return inbox.receive(message, everyEvent);
    }
}
