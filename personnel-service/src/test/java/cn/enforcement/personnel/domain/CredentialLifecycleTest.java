package cn.enforcement.personnel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.enforcement.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CredentialLifecycleTest {

    private static String refusal(Runnable change) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, change::run);
        assertThat(refused).as("the change is refused").isNotNull();
        assertThat(refused.status()).isEqualTo(409);
        return refused.code();
    }

    @Test
    void onlyAnActiveCredentialCanBeSuspended() {
        assertThatCode(() -> CredentialLifecycle.requireSuspendable(CredentialStatus.ACTIVE)).doesNotThrowAnyException();
        assertThat(refusal(() -> CredentialLifecycle.requireSuspendable(CredentialStatus.SUSPENDED))).isEqualTo("CREDENTIAL_NOT_SUSPENDABLE");
    }

    @Test
    void aRevokedCredentialIsNeverReinstated() {
        assertThatCode(() -> CredentialLifecycle.requireReinstatable(CredentialStatus.SUSPENDED)).doesNotThrowAnyException();
        assertThat(refusal(() -> CredentialLifecycle.requireReinstatable(CredentialStatus.REVOKED))).isEqualTo("CREDENTIAL_NOT_REINSTATABLE");
        assertThat(refusal(() -> CredentialLifecycle.requireReinstatable(CredentialStatus.ACTIVE))).isEqualTo("CREDENTIAL_NOT_REINSTATABLE");
    }

    @Test
    void aCancelledCredentialIsNotReviewed() {
        assertThatCode(() -> CredentialLifecycle.requireReviewable(CredentialStatus.SUSPENDED)).doesNotThrowAnyException();
        assertThat(refusal(() -> CredentialLifecycle.requireReviewable(CredentialStatus.CANCELLED))).isEqualTo("CREDENTIAL_FINAL");
    }

    @Test
    void finalStatusesAllowNoFurtherRevocationOrCancellation() {
        for (CredentialStatus status : new CredentialStatus[] { CredentialStatus.REVOKED, CredentialStatus.CANCELLED, CredentialStatus.EXPIRED }) {
            assertThat(refusal(() -> CredentialLifecycle.requireRevocable(status))).isEqualTo("CREDENTIAL_FINAL");
            assertThat(refusal(() -> CredentialLifecycle.requireCancellable(status))).isEqualTo("CREDENTIAL_FINAL");
        }
        assertThatCode(() -> CredentialLifecycle.requireRevocable(CredentialStatus.SUSPENDED)).doesNotThrowAnyException();
    }
}
