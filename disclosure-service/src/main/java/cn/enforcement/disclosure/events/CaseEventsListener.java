package cn.enforcement.disclosure.events;

import cn.enforcement.disclosure.domain.DisclosureDesk;
import cn.enforcement.disclosure.readmodel.CaseFacts;
import cn.enforcement.disclosure.readmodel.EnforcementPower;
import cn.enforcement.platform.calendar.KeptCalendar;
import cn.enforcement.disclosure.domain.SupervisionFeed;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseEvent;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.DocumentIssued;
import cn.enforcement.platform.events.cases.NoPenaltyDecided;
import cn.enforcement.platform.events.cases.RemedyConcluded;
import cn.enforcement.platform.events.cases.RemedyFiled;
import cn.enforcement.platform.events.cases.ViolationItemPublished;
import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * case-service's events: decisions to disclose and revocations to withdraw, the facts the annual statistics count,
 * the catalogue behind the lists of powers, and the working-day calendar; and every step of a case for the
 * supervision feed.
 */
@ApplicationScoped
public class CaseEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    CaseEventsListener(EventInbox inbox, DisclosureDesk desk, KeptCalendar calendar, CaseFacts facts, SupervisionFeed feed) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(CaseFiled.class, event -> facts.filed(event.payload()))
                .on(CaseDecided.class, event -> {
                    desk.decided(event.payload());
                    facts.decided(event.payload());
                })
                .on(DocumentIssued.class, event -> desk.decisionNumbered(event.payload()))
                .on(NoPenaltyDecided.class, event -> facts.noPenalty(event.payload()))
                .on(CaseTransferred.class, event -> facts.transferred(event.payload()))
                .on(DecisionRevoked.class, event -> {
                    desk.revoked(event.payload());
                    facts.revoked(event.payload());
                })
                .on(RemedyFiled.class, event -> facts.remedyFiled(event.payload()))
                .on(RemedyConcluded.class, event -> facts.remedyConcluded(event.payload()))
                .on(ViolationItemPublished.class, event -> EnforcementPower.published(event.payload()))
                .on(WorkingCalendarPublished.class, event -> {
                    calendar.published(event.payload());
                    desk.recountOpenDueDates();
                })
                .andEvery(CaseEvent.class, feed::record);
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onCaseEvent(Message<String> message) {
        return inbox.receive(message, handlers);
    }
}
