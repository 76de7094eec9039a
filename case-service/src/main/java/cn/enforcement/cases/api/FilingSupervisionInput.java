package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The supervising procuratorate's opinion on a refused transfer (立案监督, CPL 113). */
public record FilingSupervisionInput(@NotBlank @Size(max = 2000) String opinion) {
}
