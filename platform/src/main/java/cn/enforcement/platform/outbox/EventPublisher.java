package cn.enforcement.platform.outbox;

import java.util.List;

/** Sends relayed events to the broker. */
public interface EventPublisher {

    /**
     * Sends the entries in order and reports how many, from the first, were acknowledged. It stops
     * at the first failure so that no later event of the same aggregate overtakes it.
     */
    PublishResult publishInOrder(List<OutboxEntry> entries);

    record PublishResult(int acknowledged, Exception failure) {

        public static PublishResult all(int count) {
            return new PublishResult(count, null);
        }
    }
}
