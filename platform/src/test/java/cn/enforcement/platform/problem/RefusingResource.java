package cn.enforcement.platform.problem;

import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.problem.ActRefusals;
import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.problem.ProblemType;
import cn.enforcement.problem.ReportsRefusals;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operations that refuse in the ways domain code does: directly, through a helper, a lambda, an inherited method. */
class RefusingResource extends RefusingBase {

    private final Checks checks = new Checks();

    @Operation(operationId = "refuseDirectly")
    public void refuseDirectly() {
        throw PlatformProblem.REGION_CLAIM_MISSING.refuse("no region");
    }

    @Operation(operationId = "refuseThroughHelper")
    public void refuseThroughHelper(int value) {
        checks.requirePositive(value);
    }

    @Operation(operationId = "refuseInLambda")
    public Supplier<String> refuseInLambda() {
        return () -> {
            throw PlatformProblem.PARTNER_READ_ONLY.refuse("read only");
        };
    }

    @Operation(operationId = "refuseInherited")
    public void refuseInherited() {
        inherited();
    }

    @Operation(operationId = "refuseInPlatformCode")
    public Optional<KeysetCursor> refuseInPlatformCode(String after) {
        return KeysetCursor.parse(after);
    }

    @Operation(operationId = "refuseByTheAct")
    public Set<? extends ProblemType> refuseByTheAct() {
        return Act.GUARDED.refusals();
    }

    @Operation(operationId = "reportWhatAnActWouldAnswer")
    public Optional<ProblemException> reportWhatAnActWouldAnswer() {
        return report();
    }

    @ReportsRefusals
    static Optional<ProblemException> report() {
        return Optional.of(PlatformProblem.FORBIDDEN.refuse("reported, not thrown"));
    }

    /** Acts whose refusals a table decides. */
    enum Act implements ActRefusals {
        GUARDED;

        @Override
        public Set<? extends ProblemType> refusals() {
            return Set.of(PlatformProblem.CONCURRENT_CHANGE);
        }
    }

    @Operation(operationId = "neverRefuse")
    public int neverRefuse() {
        return 1;
    }

    static final class Checks {
        void requirePositive(int value) {
            if (value <= 0) {
                throw PlatformProblem.PARAMETER_INVALID.refuse("positive");
            }
        }
    }
}
