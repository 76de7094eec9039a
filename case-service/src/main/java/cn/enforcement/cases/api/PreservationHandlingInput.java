package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.preservation.PreservationHandling;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The handling decision of a preservation, within 7 working days of its approval (PL 56). */
public record PreservationHandlingInput(@NotNull PreservationHandling handling, @Size(max = 1000) String note) {
}
