package cn.enforcement.cases.domain.preservation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an evidence preservation stands")
public enum PreservationStatus {
    @Schema(description = "待批: asked for by the handling officers, awaiting the head's approval")
    REQUESTED,
    @Schema(description = "已批准: approved; the items are kept and a handling decision is due within 7 working days")
    APPROVED,
    @Schema(description = "已处理: the handling decision is recorded")
    HANDLED
}
