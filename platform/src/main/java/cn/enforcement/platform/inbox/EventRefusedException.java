package cn.enforcement.platform.inbox;

/**
 * An event that is well formed but must never be applied: from the wrong source, about another
 * agency's record, or answering a request that is no longer the latest. It is dead-lettered at once
 * with the reason, never retried.
 */
public class EventRefusedException extends RuntimeException {

    public EventRefusedException(String reason) {
        super(reason);
    }
}
