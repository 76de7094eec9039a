package cn.enforcement.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.events.personnel.CredentialEvent;
import cn.enforcement.platform.events.personnel.CredentialIssued;
import cn.enforcement.platform.events.personnel.CredentialSuspended;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    private final List<String> called = new ArrayList<>();
    private final EventHandlers handlers = EventHandlers.create()
            .on(CredentialEvent.class, event -> called.add("any credential event"))
            .on(CredentialSuspended.class, event -> called.add("suspended"));

    @Test
    void anExactTypeWinsOverASupertype() {
        handlers.handlerFor(CredentialSuspended.class).orElseThrow().accept(null);
        assertThat(called).containsExactly("suspended");
    }

    @Test
    void aSupertypeHandlerTakesEverySubtype() {
        handlers.handlerFor(CredentialIssued.class).orElseThrow().accept(null);
        assertThat(called).containsExactly("any credential event");
    }

    @Test
    void otherTypesHaveNoHandler() {
        assertThat(handlers.handlerFor(OfficerRegistered.class)).isEmpty();
    }

    @Test
    void everyEventOfAKindIsAlsoHandedOnAfterItsOwnHandler() {
        EventHandlers recording = EventHandlers.create()
                .on(CredentialSuspended.class, event -> called.add("suspended"))
                .andEvery(CredentialEvent.class, event -> called.add("recorded"));
        recording.handlerFor(CredentialSuspended.class).orElseThrow().accept(null);
        recording.handlerFor(CredentialIssued.class).orElseThrow().accept(null);
        assertThat(called).containsExactly("suspended", "recorded", "recorded");
        assertThat(recording.handlerFor(OfficerRegistered.class)).isEmpty();
    }
}
