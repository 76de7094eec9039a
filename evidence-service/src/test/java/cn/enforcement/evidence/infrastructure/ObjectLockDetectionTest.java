package cn.enforcement.evidence.infrastructure;

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
        assertThat(MinioEvidenceStore.objectLockIn(ObjectLockConfiguration::new)).isTrue();
    }

    @Test
    void aStoreWithoutObjectLockOrABucketMadeWithoutItIsNot() throws Exception {
        assertThat(MinioEvidenceStore.objectLockIn(() -> { throw answer("NotImplemented"); })).isFalse();
        assertThat(MinioEvidenceStore.objectLockIn(() -> { throw answer("ObjectLockConfigurationNotFoundError"); })).isFalse();
    }

    @Test
    void anyOtherRefusalIsNotTakenForAnAnswer() {
        assertThatThrownBy(() -> MinioEvidenceStore.objectLockIn(() -> { throw answer("AccessDenied"); }))
                .isInstanceOf(ErrorResponseException.class);
    }
}
