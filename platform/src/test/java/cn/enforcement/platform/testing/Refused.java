package cn.enforcement.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.enforcement.problem.ProblemException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts a rule refused an act, and returns the refusal's code. */
public final class Refused {

    private Refused() {
    }

    public static String codeOf(ThrowingCallable act) {
        ProblemException refusal = catchThrowableOfType(ProblemException.class, act);
        assertThat(refusal).as("the act is refused").isNotNull();
        assertThat(refusal.legalBasis()).as("a refusal by a rule of law cites it").isNotBlank();
        return refusal.code();
    }
}
