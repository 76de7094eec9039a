package cn.enforcement.disclosure.events;

import cn.enforcement.disclosure.readmodel.OfficerRoster;
import cn.enforcement.disclosure.domain.SupervisionFeed;
import cn.enforcement.platform.agencies.KnownAgencies;
import cn.enforcement.platform.events.personnel.AgencyRecorded;
import cn.enforcement.platform.events.personnel.CredentialEvent;
import cn.enforcement.platform.events.personnel.OfficerLeftPost;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.events.personnel.OfficerUpdated;
import cn.enforcement.platform.inbox.EventHandlers;
import cn.enforcement.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Personnel events that change what the public roster shows, and the agency registry by which pages name agencies;
 * credential changes also go to the supervision feed.
 */
@ApplicationScoped
public class PersonnelEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PersonnelEventsListener(EventInbox inbox, OfficerRoster roster, SupervisionFeed feed, KnownAgencies agencies) {
        this.inbox = inbox;
        this.handlers = EventHandlers.create()
                .on(AgencyRecorded.class, event -> agencies.recorded(event.payload()))
                .on(OfficerRegistered.class, event -> roster.officerRegistered(event.payload()))
                .on(OfficerUpdated.class, event -> roster.officerUpdated(event.payload()))
                .on(OfficerMoved.class, event -> roster.officerMoved(event.payload()))
                .on(OfficerLeftPost.class, event -> roster.officerLeftPost(event.payload()))
                .on(CredentialEvent.class, event -> roster.credentialChanged(event.payload()))
                .andEvery(CredentialEvent.class, feed::record);
    }

    @Incoming("personnel-events")
    @Blocking
    public CompletionStage<Void> onPersonnelEvent(Message<String> message) {
        return inbox.receive(message, handlers);
    }
}
