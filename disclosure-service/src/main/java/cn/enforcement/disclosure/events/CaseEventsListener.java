package cn.enforcement.disclosure.events;

import cn.enforcement.disclosure.domain.DisclosureDesk;
import cn.enforcement.disclosure.readmodel.EnforcementPower;
import cn.enforcement.platform.calendar.KeptCalendar;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.ViolationItemPublished;
import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Decisions to disclose, revocations to withdraw, the catalogue behind the lists of powers, and the working-day calendar: case-service's events. */
@ApplicationScoped
public class CaseEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    CaseEventsListener(EventInbox inbox, DisclosureDesk desk, KeptCalendar calendar) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(CaseDecided.class, event -> desk.decided(event.payload()))
                .on(DecisionRevoked.class, event -> desk.revoked(event.payload()))
                .on(ViolationItemPublished.class, event -> EnforcementPower.published(event.payload()))
                .on(WorkingCalendarPublished.class, event -> {
                    calendar.published(event.payload());
                    desk.recountOpenDueDates();
                });
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onCaseEvent(Message<String> message) {
        return inbox.receive(message, handlers);
    }
}
