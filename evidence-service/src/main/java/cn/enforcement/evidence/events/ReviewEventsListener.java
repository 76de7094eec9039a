package cn.enforcement.evidence.events;

import cn.enforcement.evidence.domain.complaints.ComplaintAttachments;
import cn.enforcement.platform.events.review.CaseFileDrawnForEvaluation;
import cn.enforcement.platform.events.review.CaseFileEvaluated;
import cn.enforcement.platform.events.review.ComplaintFiled;
import cn.enforcement.platform.events.review.ComplaintRouted;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import cn.enforcement.platform.security.EvaluationGrant;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Review events that open evidence to others: the files the public will attach to a complaint and the agency that reads
 * them; case files drawn for evaluators of other agencies, until scored.
 */
@ApplicationScoped
public class ReviewEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ReviewEventsListener(EventInbox inbox, ComplaintAttachments attachments) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(ComplaintFiled.class, event -> attachments.declared(event.payload()))
                .on(ComplaintRouted.class, event -> attachments.routed(event.payload()))
                .on(CaseFileDrawnForEvaluation.class, event -> EvaluationGrant.drawn(event.payload()))
                .on(CaseFileEvaluated.class, event -> EvaluationGrant.evaluated(event.payload()));
    }

    @Incoming("review-events")
    @Blocking
    public CompletionStage<Void> onReviewEvent(Message<String> message) {
        return inbox.receive(message, handlers);
    }
}
