package cn.enforcement.review.domain.audit;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.EventCatalog;
import cn.enforcement.platform.events.EventType;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseOfficersAssigned;
import cn.enforcement.platform.events.cases.HearingHeld;
import cn.enforcement.platform.inbox.InboundEvent;
import cn.enforcement.review.domain.filecheck.CaseHistory;
import cn.enforcement.review.domain.filecheck.HistoryEvent;
import cn.enforcement.review.domain.filecheck.RegisteredCredential;
import cn.enforcement.review.readmodel.KnownCredential;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The stored histories of cases: each event once, as published, read back as the file checks see them. */
@ApplicationScoped
public class CaseHistories {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    CaseHistories(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Keeps the event; one already kept (a redelivery) is left as it is. */
    void keep(String caseId, InboundEvent<?> event, Instant occurredAt) {
        entityManager.createNativeQuery("insert into case_history_event (event_id, case_id, type, occurred_at, recorded_at, payload) "
                        + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb)) on conflict (event_id) do nothing")
                .setParameter(1, event.eventId()).setParameter(2, caseId).setParameter(3, event.typeName())
                .setParameter(4, Timestamp.from(occurredAt)).setParameter(5, Timestamp.from(event.time()))
                .setParameter(6, write(event.payload())).executeUpdate();
    }

    public CaseHistory of(String caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select event_id, type, occurred_at, recorded_at, cast(payload as text) from case_history_event where case_id = ?1 order by occurred_at, event_id")
                .setParameter(1, caseId).getResultList();
        List<HistoryEvent<?>> events = rows.stream().map(this::read).toList();
        Map<String, RegisteredCredential> credentials = KnownCredential.numbered(credentialsNamed(events)).stream()
                .map(known -> new RegisteredCredential(known.credentialNumber, known.officerId, known.validFrom, known.validTo))
                .collect(Collectors.toMap(RegisteredCredential::credentialNumber, Function.identity()));
        return new CaseHistory(caseId, events, credentials);
    }

    private HistoryEvent<?> read(Object[] row) {
        String type = (String) row[1];
        Class<? extends DomainEvent> payloadType = EventCatalog.byTypeName(type).map(EventType::payload)
                .orElseThrow(() -> new IllegalStateException("stored event of unknown type " + type));
        try {
            return new HistoryEvent<>((String) row[0], instant(row[2]), instant(row[3]), json.readValue((String) row[4], payloadType));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + row[0] + " is not a " + type, e);
        }
    }

    private static Instant instant(Object column) {
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) column;
    }

    /** The credentials the acts name: at filing, at each change of officers, the hearing's chair. */
    private static Set<String> credentialsNamed(List<HistoryEvent<?>> events) {
        Set<String> numbers = new HashSet<>();
        events.forEach(event -> numbers.addAll(credentialsNamedBy(event.payload())));
        return numbers;
    }

    static List<String> credentialsNamedBy(DomainEvent payload) {
        List<String> named = null;
        if (payload instanceof CaseFiled filed) {
            named = filed.handlingCredentials();
        } else if (payload instanceof CaseOfficersAssigned assigned) {
            named = assigned.handlingCredentials();
        } else if (payload instanceof HearingHeld hearing && hearing.chairCredential() != null) {
            named = List.of(hearing.chairCredential());
        }
        return named == null ? List.of() : named;
    }

    private String write(DomainEvent payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + payload.getClass().getSimpleName(), e);
        }
    }
}
