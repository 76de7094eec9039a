package cn.enforcement.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.outbox.EventPublisher.PublishResult;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxRelaySettleTest {

    private final Instant now = Instant.parse("2026-11-21T08:00:00Z");

    private static List<OutboxEntry> pending(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            OutboxEntry entry = new OutboxEntry();
            entry.id = (long) i;
            return entry;
        }).toList();
    }

    @Test
    void onlyTheAcknowledgedPrefixIsMarkedSent() {
        List<OutboxEntry> batch = pending(4);
        OutboxRelay.settle(batch, new PublishResult(2, new IllegalStateException("broker down")), now);

        assertThat(batch).extracting(e -> e.sentAt).containsExactly(now, now, null, null);
    }

    @Test
    void theFirstUnacknowledgedEntryRecordsTheFailureAndTheRestWaitUntouched() {
        List<OutboxEntry> batch = pending(4);
        OutboxRelay.settle(batch, new PublishResult(2, new IllegalStateException("broker down")), now);

        assertThat(batch.get(2).attempts).isEqualTo(1);
        assertThat(batch.get(2).lastError).isEqualTo("broker down");
        assertThat(batch.get(3).attempts).isZero();
    }

    @Test
    void aFullyAcknowledgedBatchIsAllSent() {
        List<OutboxEntry> batch = pending(3);
        OutboxRelay.settle(batch, PublishResult.all(3), now);
        assertThat(batch).allSatisfy(e -> assertThat(e.sentAt).isEqualTo(now));
        assertThat(batch).allSatisfy(e -> assertThat(e.attempts).isZero());
    }
}
