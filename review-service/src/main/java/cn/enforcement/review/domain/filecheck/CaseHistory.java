package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.DomainEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case's history as the services published it, oldest first: the case's own steps, the evidence recorded and
 * recordings missed for it, its legal reviews and discussions, and its disclosure; with the credentials of the
 * register its acts name. The file checks read nothing else.
 */
public final class CaseHistory {

    private final String caseId;
    private final List<HistoryEvent<?>> events;
    private final Map<String, RegisteredCredential> credentials;

    public CaseHistory(String caseId, List<HistoryEvent<?>> events, Map<String, RegisteredCredential> credentials) {
        this.caseId = caseId;
        this.events = events.stream().sorted(Comparator.comparing(HistoryEvent::at)).toList();
        this.credentials = Map.copyOf(credentials);
    }

    public String caseId() {
        return caseId;
    }

    public List<HistoryEvent<?>> events() {
        return events;
    }

    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> List<HistoryEvent<E>> all(Class<E> type) {
        return events.stream().filter(e -> type.isInstance(e.payload())).map(e -> (HistoryEvent<E>) e).toList();
    }

    public <E extends DomainEvent> Optional<HistoryEvent<E>> first(Class<E> type) {
        return all(type).stream().findFirst();
    }

    public <E extends DomainEvent> Optional<HistoryEvent<E>> last(Class<E> type) {
        List<HistoryEvent<E>> all = all(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The events of a type before a given one in the history (by time). */
    public <E extends DomainEvent> List<HistoryEvent<E>> before(Class<E> type, HistoryEvent<?> moment) {
        return all(type).stream().filter(e -> e.at().isBefore(moment.at())).toList();
    }

    public Optional<RegisteredCredential> credential(String credentialNumber) {
        return Optional.ofNullable(credentials.get(credentialNumber));
    }
}
