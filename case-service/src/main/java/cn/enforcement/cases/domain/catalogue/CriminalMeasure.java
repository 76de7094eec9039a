package cn.enforcement.cases.domain.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a criminal threshold (追诉标准) is stated in, and what the investigation measures for it. */
public enum CriminalMeasure {
    @Schema(description = "金额: illegal business volume, gains or direct loss in yuan, as the threshold describes")
    AMOUNT_YUAN,
    @Schema(description = "数量: goods, vehicles or trips, as the threshold describes")
    QUANTITY,
    @Schema(description = "次数: earlier administrative penalties for the same act in the threshold's period")
    PRIOR_PENALTIES,
    @Schema(description = "死亡人数: people killed")
    DEATHS,
    @Schema(description = "重伤人数: people seriously injured")
    SERIOUS_INJURIES
}
