package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseSource;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.Procedure;
import cn.enforcement.cases.domain.Filing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

/** A filing (立案): the party, the act, the handling officers; for a summary case the penalty given on the spot. */
@Schema(name = "FilingRequest", description = "The filing of a case (立案); a summary case carries its on-the-spot decision")
public record FilingInput(
        @NotNull Procedure procedure,
        @NotNull CaseSource source,
        @NotNull PartyType partyType,
        @NotBlank @Size(max = 200) String partyName,
        @NotBlank @Size(max = 18) String partyIdentifier,
        @NotEmpty @Size(max = 20) @UniqueElements List<@NotBlank @Size(max = 20) String> violationItems,
        @NotNull LocalDate occurredOn,
        LocalDate actEndedOn,
        boolean harmedLifeHealthOrFinance,
        @NotBlank @Size(max = 300) String place,
        @NotBlank @Size(max = 10000) String facts,
        @NotEmpty @Size(max = 10) List<@Pattern(regexp = "\\d{14}", message = "must be a 14-digit credential number") String> handlingCredentials,
        boolean complex,
        @Valid PenaltyInput onTheSpotPenalty,
        @Size(max = 500) String onTheSpotLegalBasis,
        @Size(max = 20) List<@Valid @NotNull PersonInput> persons,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> vehiclePlates) {

    Filing toFiling() {
        return new Filing(procedure, source, partyType, partyName, partyIdentifier, violationItems, occurredOn, actEndedOn,
                harmedLifeHealthOrFinance, place, facts, handlingCredentials, complex,
                onTheSpotPenalty == null ? null : onTheSpotPenalty.toPenalty(), onTheSpotLegalBasis,
                persons == null ? List.of() : persons.stream().map(PersonInput::toPerson).toList(),
                vehiclePlates == null ? List.of() : vehiclePlates.stream().map(String::strip).toList());
    }
}
