package cn.enforcement.cases.domain;

/**
 * The kinds of administrative penalty (PL 9) a transport agency imposes, in ascending severity;
 * "never heavier after a defence" (PL 45) compares by this order.
 */
public enum PenaltyKind {
    WARNING,                              // 警告
    FINE,                                 // 罚款
    CONFISCATION,                         // 没收违法所得、没收非法财物
    LICENCE_SUSPENSION,                   // 暂扣许可证件
    ORDER_TO_STOP_PRODUCTION_OR_BUSINESS, // 责令停产停业
    LICENCE_REVOCATION;                   // 吊销许可证件

    public boolean isHeavierThan(PenaltyKind other) {
        return ordinal() > other.ordinal();
    }
}
