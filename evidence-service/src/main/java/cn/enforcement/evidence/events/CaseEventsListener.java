package cn.enforcement.evidence.events;

import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.evidence.domain.intake.IssuedDocuments;
import cn.enforcement.evidence.domain.packages.PackageSealer;
import cn.enforcement.platform.events.cases.CaseArchived;
import cn.enforcement.platform.events.cases.CaseClosed;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.DecisionServed;
import cn.enforcement.platform.events.cases.DocumentIssued;
import cn.enforcement.platform.events.cases.HearingHeld;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Case events that tell evidence-service which cases exist, how far they are, when to seal a package, and which
 * issued documents to keep among the case's evidence.
 */
@ApplicationScoped
public class CaseEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    CaseEventsListener(EventInbox inbox, PackageSealer sealer, IssuedDocuments documents) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(CaseFiled.class, event -> {
                    CaseFiled filed = event.payload();
                    if (KnownCase.findById(filed.caseRef().caseId()) == null) {
                        KnownCase known = new KnownCase();
                        known.caseId = filed.caseRef().caseId();
                        known.agencyCode = filed.caseRef().agencyCode();
                        known.regionCode = filed.caseRef().regionCode();
                        known.status = "OPEN";
                        known.filedAt = filed.at();
                        known.persist();
                    }
                })
                .on(NoticeIssued.class, event -> known(event.payload().caseRef().caseId()).noticeAt = event.payload().at())
                .on(HearingHeld.class, event -> known(event.payload().caseRef().caseId()).hearingAt = event.payload().at())
                .on(DecisionServed.class, event -> known(event.payload().caseRef().caseId()).servedAt = event.payload().at())
                .on(CaseClosed.class, event -> known(event.payload().caseRef().caseId()).status = "CLOSED")
                .on(CaseArchived.class, event -> known(event.payload().caseRef().caseId()).status = "ARCHIVED")
                .on(DocumentIssued.class, event -> documents.issued(event.payload()))
                .on(CaseTransferred.class, event -> {
                    KnownCase known = known(event.payload().caseRef().caseId());
                    known.status = "TRANSFERRED";
                    known.transferReceiver = event.payload().receivingBody();
                    known.transferReceiverCode = event.payload().receivingBodyCode();
                    known.supervisingProcuratorate = event.payload().supervisingProcuratorate();
                    sealer.seal(known, event.payload().receivingBody());
                });
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onCaseEvent(Message<String> message) {
        return inbox.receive(message, handlers);
    }

    /** Events of a case arrive in order (keyed by case id), so a later step finds its filing. */
    private static KnownCase known(String caseId) {
        KnownCase known = KnownCase.findById(caseId);
        if (known == null) {
            throw new IllegalStateException("case " + caseId + " is not known yet; its filing event comes first");
        }
        return known;
    }
}
