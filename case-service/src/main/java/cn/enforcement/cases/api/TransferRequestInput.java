package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The handling officers' written request to transfer the case (移送书面报告, TP 5): to whom, and why it is a suspected crime. */
public record TransferRequestInput(@NotBlank @Pattern(regexp = "[0-9]{9}") String receivingBodyCode,
        @NotBlank @Size(max = 2000) String reasons) {
}
