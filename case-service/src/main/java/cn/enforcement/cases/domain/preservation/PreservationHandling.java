package cn.enforcement.cases.domain.preservation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the agency decides to do with preserved evidence within 7 working days (PL 56; 交通运输行政执法程序规定). */
@Schema(description = "The handling decision of an evidence preservation (先行登记保存处理决定)")
public enum PreservationHandling {
    @Schema(description = "送交检测、检验、检疫、鉴定: sent for testing or expert examination")
    EXAMINATION("送交检测、检验、鉴定"),
    @Schema(description = "查封、扣押: sealed up or seized under the Administrative Compulsion Law")
    SEIZURE("依法查封、扣押"),
    @Schema(description = "没收: to be confiscated by the penalty decision")
    CONFISCATION("依法予以没收"),
    @Schema(description = "解除: released and returned, e.g. the violation not established")
    RELEASE("解除先行登记保存措施"),
    @Schema(description = "移送: handed to the competent authority with the case")
    TRANSFER("移送有关机关处理");

    private final String term;

    PreservationHandling(String term) {
        this.term = term;
    }

    public String term() {
        return term;
    }
}
