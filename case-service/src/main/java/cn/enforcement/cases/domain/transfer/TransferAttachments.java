package cn.enforcement.cases.domain.transfer;

import java.util.Arrays;
import java.util.List;

/** TP 5: the five attachments of a criminal transfer (移送书、调查报告、涉案物品清单、检验报告或鉴定意见、其他材料). */
public record TransferAttachments(String transferLetter, String investigationReport, String seizedItemsList,
        String testOrExpertReports, String otherMaterial) {

    public List<String> all() {
        return Arrays.asList(transferLetter, investigationReport, seizedItemsList, testOrExpertReports, otherMaterial);
    }

    public boolean complete() {
        return all().stream().noneMatch(a -> a == null || a.isBlank());
    }
}
