package cn.enforcement.cases.domain.documents;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The core forms of the transport enforcement document set (交通运输行政执法文书), each with its title and the
 * character of its number (文号): an agency numbers each kind separately, year by year.
 */
@Schema(description = "The kind of an enforcement document (执法文书)")
public enum DocumentKind {
    @Schema(description = "立案审批表: the filing approval form, once the head approved the filing")
    FILING_APPROVAL("立案审批表", "立"),
    @Schema(description = "当场行政处罚决定书: the decision of a summary case, made on the spot")
    ON_THE_SPOT_DECISION("当场行政处罚决定书", "当罚"),
    @Schema(description = "行政处罚告知书: the notice of the intended penalty with the party's rights, once notified")
    PENALTY_NOTICE("行政处罚告知书", "告"),
    @Schema(description = "听证通知书: the hearing's time, place and chair, once the hearing is notified; a moved hearing gets a new one")
    HEARING_NOTICE("听证通知书", "听"),
    @Schema(description = "行政处罚决定书: the reasoned penalty decision, once decided")
    PENALTY_DECISION("行政处罚决定书", "罚"),
    @Schema(description = "不予行政处罚决定书: the decision not to punish a first minor violation promptly corrected (PL 33)")
    NO_PENALTY_DECISION("不予行政处罚决定书", "不罚"),
    @Schema(description = "证据先行登记保存通知书: the notice and list of evidence preserved (PL 56), once the head approved; each preservation gets its own")
    EVIDENCE_PRESERVATION_NOTICE("证据先行登记保存通知书", "保"),
    @Schema(description = "法制审核意见书: the legal review's opinion, once concluded; a new review round gives a new one")
    LEGAL_REVIEW_OPINION("法制审核意见书", "审"),
    @Schema(description = "涉嫌犯罪案件移送书: the letter transferring a suspected crime, once the head approved the transfer")
    TRANSFER_LETTER("涉嫌犯罪案件移送书", "移"),
    @Schema(description = "送达回证: the service receipt of the decision, once served")
    SERVICE_RECEIPT("送达回证", "送"),
    @Schema(description = "结案报告: the case closing report, once closed")
    CASE_CLOSING_REPORT("结案报告", "结");

    private final String title;
    private final String numberMark;

    DocumentKind(String title, String numberMark) {
        this.title = title;
        this.numberMark = numberMark;
    }

    public String title() {
        return title;
    }

    /** The character of the kind in the document number, e.g. 罚 in 吉长交执罚〔2026〕第0012号. */
    public String numberMark() {
        return numberMark;
    }
}
