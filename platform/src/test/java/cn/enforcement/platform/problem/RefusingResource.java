package cn.enforcement.platform.problem;

import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.problem.PlatformProblem;
import java.util.Optional;
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
