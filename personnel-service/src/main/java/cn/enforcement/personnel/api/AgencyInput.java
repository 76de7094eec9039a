package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.AgencyRegistry;
import cn.enforcement.personnel.domain.EnforcementField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enforcement agency as a personnel admin records it in the registry (执法主体名录). */
@Schema(name = "AgencyInput")
public record AgencyInput(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 20) String shortName,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit region code") String regionCode,
        @Pattern(regexp = "\\d{9}", message = "must be a nine-digit agency code") String parentCode,
        @NotNull @Pattern(regexp = "[0-9A-Z]{18}", message = "must be an 18-character unified social credit code") String creditCode,
        @NotEmpty @Size(max = 7) List<@NotNull EnforcementField> enforcementFields,
        @Size(max = 200) String address,
        @Size(max = 30) String contactPhone,
        @NotNull @Schema(description = "The first day the agency is in force") LocalDate inForceFrom,
        @Schema(description = "The first day it is no longer in force (merged or abolished); none while it stands") LocalDate inForceTo) {

    AgencyRegistry.AgencyRecord toRecord() {
        return new AgencyRegistry.AgencyRecord(fullName, shortName, regionCode, parentCode, creditCode, enforcementFields, address,
                contactPhone, inForceFrom, inForceTo);
    }
}
