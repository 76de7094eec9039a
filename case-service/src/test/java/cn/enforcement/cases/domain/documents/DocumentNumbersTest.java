package cn.enforcement.cases.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Document numbers on the real database: concurrent issues get distinct consecutive numbers; a rolled-back one leaves no gap. */
@QuarkusTest
class DocumentNumbersTest {

    @Inject
    DocumentNumbers numbers;

    /** An agency of its own for each test, so that runs against the same database do not meet. */
    private static String newAgency() {
        return "29" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private String next(String agency) {
        return QuarkusTransaction.requiringNew().call(() -> numbers.next(agency, "吉测交执", DocumentKind.PENALTY_DECISION, 2026));
    }

    @Test
    void concurrentIssuesGetDistinctConsecutiveNumbers() throws Exception {
        String agency = newAgency();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> taken = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                taken.add(pool.submit(() -> next(agency)));
            }
            List<String> issued = new ArrayList<>();
            for (Future<String> number : taken) {
                issued.add(number.get());
            }
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= 24; n++) {
                expected.add(DocumentNumbers.format("吉测交执", DocumentKind.PENALTY_DECISION, 2026, n));
            }
            assertThat(issued).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anIssueRolledBackGivesItsNumberBack() {
        String agency = newAgency();
        assertThat(next(agency)).endsWith("第0001号");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(numbers.next(agency, "吉测交执", DocumentKind.PENALTY_DECISION, 2026)).endsWith("第0002号");
            throw new IllegalStateException("the PDF could not be stored");
        })).hasMessageContaining("could not be stored");
        assertThat(next(agency)).endsWith("第0002号");
        assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next(agency, "吉测交执", DocumentKind.PENALTY_NOTICE, 2026)))
                .as("each kind is numbered on its own").endsWith("告〔2026〕第0001号");
        assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next(agency, "吉测交执", DocumentKind.PENALTY_DECISION, 2027)))
                .as("and each year").endsWith("罚〔2027〕第0001号");
    }
}
