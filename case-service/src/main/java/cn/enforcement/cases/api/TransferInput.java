package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.transfer.TransferAttachments;
import jakarta.validation.constraints.Size;

/** The delivery of an approved transfer (移送) with its five attachments (TP 5), as document or evidence references. */
public record TransferInput(@Size(max = 300) String transferLetter, @Size(max = 300) String investigationReport,
        @Size(max = 300) String seizedItemsList, @Size(max = 300) String testOrExpertReports, @Size(max = 300) String otherMaterial) {

    TransferAttachments toAttachments() {
        return new TransferAttachments(transferLetter, investigationReport, seizedItemsList, testOrExpertReports, otherMaterial);
    }
}
