package cn.enforcement.cases.events;

import cn.enforcement.cases.readmodel.CaseEvidence;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.procedure.CaseLegalReview;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.events.review.CaseFileDrawnForEvaluation;
import cn.enforcement.platform.events.review.CaseFileEvaluated;
import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import cn.enforcement.platform.inbox.EventRefusedException;
import cn.enforcement.platform.security.EvaluationGrant;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What other services tell case-service about its cases: recorded evidence, legal review outcomes, collective discussions,
 * and files drawn for evaluators of other agencies.
 */
@ApplicationScoped
public class CaseInputsListener {

    private final EventInbox inbox;
    private final EventHandlers evidence;
    private final EventHandlers reviews;

    CaseInputsListener(EventInbox inbox, CaseLegalReview legalReview) {
        this.inbox = inbox;
        this.evidence = EventHandlers.create().on(EvidenceRecorded.class, event -> evidenceRecorded(event.payload()));
        this.reviews = EventHandlers.create()
                .on(LegalReviewCompleted.class, event -> legalReview.completed(reviewedCase(event.payload().caseId()), event.payload()))
                .on(CollectiveDiscussionConcluded.class,
                        event -> legalReview.discussed(reviewedCase(event.payload().caseId()), event.payload()))
                .on(CaseFileDrawnForEvaluation.class, event -> EvaluationGrant.drawn(event.payload()))
                .on(CaseFileEvaluated.class, event -> EvaluationGrant.evaluated(event.payload()));
    }

    private static PenaltyCase reviewedCase(String caseId) {
        PenaltyCase penaltyCase = PenaltyCase.findById(caseId);
        if (penaltyCase == null) {
            throw new EventRefusedException("case " + caseId + " is unknown here");
        }
        return penaltyCase;
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

    private static void evidenceRecorded(EvidenceRecorded recorded) {
        if (CaseEvidence.findById(recorded.evidenceId()) != null) {
            return;
        }
        CaseEvidence evidence = new CaseEvidence();
        evidence.evidenceId = recorded.evidenceId();
        evidence.caseId = recorded.caseId();
        evidence.kind = recorded.kind();
        evidence.stage = recorded.stage();
        evidence.sha256 = recorded.sha256();
        evidence.recordedAt = recorded.recordedAt();
        evidence.persist();
    }
}
