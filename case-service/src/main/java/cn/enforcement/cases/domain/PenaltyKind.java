package cn.enforcement.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of administrative penalty (PL 9) a transport agency imposes, in ascending severity;
 * "never heavier after a defence" (PL 45) compares by this order.
 */
public enum PenaltyKind {
    @Schema(description = "警告: warning")
    WARNING,
    @Schema(description = "罚款: fine")
    FINE,
    @Schema(description = "没收违法所得、没收非法财物: confiscation of illegal gains or property")
    CONFISCATION,
    @Schema(description = "暂扣许可证件: suspension of a licence")
    LICENCE_SUSPENSION,
    @Schema(description = "责令停产停业: order to stop production or business")
    ORDER_TO_STOP_PRODUCTION_OR_BUSINESS,
    @Schema(description = "吊销许可证件: revocation of a licence")
    LICENCE_REVOCATION;

    public boolean isHeavierThan(PenaltyKind other) {
        return ordinal() > other.ordinal();
    }
}
