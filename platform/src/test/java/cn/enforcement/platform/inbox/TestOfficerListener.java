package cn.enforcement.platform.inbox;

import cn.enforcement.platform.events.personnel.OfficerRegistered;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A consumer as services write them: one handler per event type, through the inbox. */
@ApplicationScoped
public class TestOfficerListener {

    /** Officers named "flaky-N" fail their first N attempts; "broken" always fails. */
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    private final EventInbox inbox;
    private final EntityManager entityManager;

    TestOfficerListener(EventInbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("inbox-test")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        return inbox.receive(message, EventHandlers.create().on(OfficerRegistered.class, event -> {
            OfficerRegistered officer = event.payload();
            int attempt = ATTEMPTS.computeIfAbsent(officer.officerId(), id -> new AtomicInteger()).incrementAndGet();
            entityManager.createNativeQuery("insert into test_officer (officer_id, name) values (?1, ?2)")
                    .setParameter(1, officer.officerId()).setParameter(2, officer.name()).executeUpdate();
            if (officer.name().equals("broken") || officer.name().startsWith("flaky-")
                    && attempt <= Integer.parseInt(officer.name().substring(6))) {
                throw new IllegalStateException("attempt " + attempt + " fails on purpose");
            }
        }));
    }
}
