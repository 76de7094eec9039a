package cn.enforcement.evidence.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.errors.ErrorResponseException;
import io.minio.messages.ErrorResponse;
import io.minio.messages.ObjectLockConfiguration;
import org.junit.jupiter.api.Test;

/** Which answers of a store mean that it keeps objects locked itself. */
class ObjectLockDetectionTest {

    private static ErrorResponseException answer(String code) {
        return new ErrorResponseException(new ErrorResponse(code, "", "evidence", null, null, null, null), null, null);
    }

    @Test
    void aBucketWithAnObjectLockConfigurationIsLocked() throws Exception {
        assertThat(EvidenceStore.objectLockIn(ObjectLockConfiguration::new)).isTrue();
    }

    @Test
    void aStoreWithoutObjectLockOrABucketMadeWithoutItIsNot() throws Exception {
        assertThat(EvidenceStore.objectLockIn(() -> { throw answer("NotImplemented"); })).isFalse();
        assertThat(EvidenceStore.objectLockIn(() -> { throw answer("ObjectLockConfigurationNotFoundError"); })).isFalse();
    }

    @Test
    void anyOtherRefusalIsNotTakenForAnAnswer() {
        assertThatThrownBy(() -> EvidenceStore.objectLockIn(() -> { throw answer("AccessDenied"); }))
                .isInstanceOf(ErrorResponseException.class);
    }
}
