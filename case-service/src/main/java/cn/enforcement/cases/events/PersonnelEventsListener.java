package cn.enforcement.cases.events;

import cn.enforcement.platform.agencies.KnownAgencies;
import cn.enforcement.platform.events.personnel.AgencyRecorded;

import cn.enforcement.cases.readmodel.CredentialStatusProjection;
import cn.enforcement.platform.events.personnel.CredentialEvent;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Personnel events that decide which officers may act in cases, and the agency registry that case searches are checked against. */
@ApplicationScoped
public class PersonnelEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PersonnelEventsListener(EventInbox inbox, CredentialStatusProjection projection, KnownAgencies agencies) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(AgencyRecorded.class, event -> agencies.recorded(event.payload()))
                .on(CredentialEvent.class, event -> projection.credentialChanged(event.payload()))
                .on(OfficerMoved.class, event -> projection.officerMoved(event.payload()));
    }

    @Incoming("personnel-events")
    @Blocking
    public CompletionStage<Void> onPersonnelEvent(Message<String> message) {
        return inbox.receive(message, handlers);
    }
}
