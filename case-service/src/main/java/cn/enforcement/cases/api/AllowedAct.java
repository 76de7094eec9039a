package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseProcedure;
import cn.enforcement.cases.domain.CaseStatus;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.problem.ReportsRefusals;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An act of the procedure as the caller stands to it now: whether they may perform it, the state it leads to, and when
 * not, the code and reason of the refusal they would meet (the case's state, a condition of the procedure, or their
 * role). The act's own rules (periods, evidence, review, credentials) are judged when it is performed.
 */
@Schema(description = "An act of the case's procedure: whether the caller may perform it now, and if not, why")
public record AllowedAct(CaseAct act, @Schema(description = "the sub-resource of the case the act is posted to") String operation,
        CaseAct.Performer performer, boolean allowed,
        @Schema(description = "the state the act leads to; absent when it leaves the state as it is") CaseStatus leadsTo,
        String basis, @Schema(description = "the problem code the act would be refused with") String refusedWith, String reason) {

    /** Every act of the case's procedure, in the table's order. */
    @ReportsRefusals
    static List<AllowedAct> of(PenaltyCase penaltyCase, CaseAccess access) {
        return Arrays.stream(CaseAct.values()).filter(act -> CaseProcedure.appliesTo(penaltyCase.procedure, act))
                .map(act -> of(penaltyCase, act, access)).toList();
    }

    private static AllowedAct of(PenaltyCase penaltyCase, CaseAct act, CaseAccess access) {
        CaseStatus leadsTo = CaseProcedure.rowIn(penaltyCase, act).map(CaseProcedure.Transition::next).orElse(null);
        Optional<ProblemException> refusal = CaseProcedure.refusalOf(penaltyCase, act).or(() -> access.refusalOf(act.performer(), penaltyCase));
        return new AllowedAct(act, act.operation(), act.performer(), refusal.isEmpty(), leadsTo, act.basis(),
                refusal.map(ProblemException::code).orElse(null), refusal.map(ProblemException::getMessage).orElse(null));
    }
}
