package cn.enforcement.review.domain.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an entry of the ledger stands on its way to being closed (逐条销号). */
@Schema(description = "Where a ledger entry stands on its way to being closed (逐条销号)")
public enum LedgerStatus {
    @Schema(description = "待整改: to be rectified by the owner")
    OPEN,
    @Schema(description = "已整改待审核: rectified, awaiting the agency head's approval")
    RECTIFIED,
    @Schema(description = "已销号: closed with the head's approval")
    CLOSED
}
