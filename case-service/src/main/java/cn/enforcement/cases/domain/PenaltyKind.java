package cn.enforcement.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of administrative penalty (PL 9) a transport agency imposes, in ascending severity;
 * "never heavier after a defence" (PL 45) compares by this order.
 */
public enum PenaltyKind {
    @Schema(description = "警告: warning")
    WARNING("警告"),
    @Schema(description = "罚款: fine")
    FINE("罚款"),
    @Schema(description = "没收违法所得、没收非法财物: confiscation of illegal gains or property")
    CONFISCATION("没收违法所得、没收非法财物"),
    @Schema(description = "暂扣许可证件: suspension of a licence")
    LICENCE_SUSPENSION("暂扣许可证件"),
    @Schema(description = "责令停产停业: order to stop production or business")
    ORDER_TO_STOP_PRODUCTION_OR_BUSINESS("责令停产停业"),
    @Schema(description = "吊销许可证件: revocation of a licence")
    LICENCE_REVOCATION("吊销许可证件");

    private final String term;

    PenaltyKind(String term) {
        this.term = term;
    }

    /** The penalty's name in the law, as documents state it. */
    public String term() {
        return term;
    }

    public boolean isHeavierThan(PenaltyKind other) {
        return ordinal() > other.ordinal();
    }
}
