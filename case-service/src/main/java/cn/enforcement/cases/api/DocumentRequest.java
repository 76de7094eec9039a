package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.documents.DocumentKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Which document of the case to issue; {@code corrects} names the issued one a correction replaces. */
public record DocumentRequest(@NotNull DocumentKind kind, @Size(max = 36) String corrects) {
}
