package cn.enforcement.cases.domain.transfer;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a criminal transfer (移送涉嫌犯罪案件) stands, from the officers' request to the receiver's answer. */
public enum TransferStatus {
    @Schema(description = "提出移送: the handling officers asked; the head decides within 3 days (TP 5)")
    REQUESTED,
    @Schema(description = "不批准移送: the head decided not to transfer; the reasons are on record")
    DECLINED,
    @Schema(description = "批准移送: delivered to the receiving body within 24 hours (TP 5)")
    APPROVED,
    @Schema(description = "已移送: with the receiving body, which decides within 3 days whether to file (TP 8)")
    DELIVERED,
    @Schema(description = "已立案: the receiving body filed the case")
    ACCEPTED,
    @Schema(description = "不予立案: refused with reasons; reconsideration may be asked within 3 days (TP 9), the procuratorate may supervise")
    REFUSED,
    @Schema(description = "提请复议: the receiving body decides again within 3 days (TP 9)")
    RECONSIDERATION,
    @Schema(description = "立案监督: the procuratorate asked the receiving body to file or state its reasons (CPL 113)")
    SUPERVISED;

    private static final Set<TransferStatus> AWAITING_RECEIVER = EnumSet.of(DELIVERED, RECONSIDERATION, SUPERVISED);
    private static final Set<TransferStatus> UNDER_WAY = EnumSet.of(REQUESTED, APPROVED, DELIVERED, RECONSIDERATION, SUPERVISED);

    /** The receiving body's last answer stands: filed or refused. */
    public boolean answered() {
        return this == ACCEPTED || this == REFUSED;
    }

    /** The receiving body owes an answer. */
    public boolean awaitsReceiver() {
        return AWAITING_RECEIVER.contains(this);
    }

    /** The case is on its way to, or with, the judiciary: no penalty is decided meanwhile. */
    public boolean underWay() {
        return UNDER_WAY.contains(this);
    }
}
