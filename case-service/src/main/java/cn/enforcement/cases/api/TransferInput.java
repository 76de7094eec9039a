package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.procedure.TransferAttachments;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A transfer to the judiciary (移送) with its five attachments (TP 5). */
public record TransferInput(@NotBlank @Size(max = 200) String receivingBody, @Size(max = 300) String transferLetter,
        @Size(max = 300) String investigationReport, @Size(max = 300) String seizedItemsList,
        @Size(max = 300) String testOrExpertReports, @Size(max = 300) String otherMaterial) {

    TransferAttachments toAttachments() {
        return new TransferAttachments(transferLetter, investigationReport, seizedItemsList, testOrExpertReports, otherMaterial);
    }
}
