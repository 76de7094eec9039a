package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.personnel.domain.TrainingLedger;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who will fall short of the yearly training minimum (seed 001) at the pace kept so far. */
@Tag(name = "officers")
@Path("/api/v1/training-shortfalls")
public class TrainingShortfallResource {

    private final TrainingLedger ledger;
    private final AgencyScope scope;

    TrainingShortfallResource(TrainingLedger ledger, AgencyScope scope) {
        this.ledger = ledger;
        this.scope = scope;
    }

    public record ShortfallView(String officerId, String name, String agencyCode, BigDecimal hours, BigDecimal required,
            BigDecimal shortfall) {
    }

    /** Officers of the admin's agency, on post, who at their pace so far will fall short by year end. */
    @Operation(operationId = "listTrainingShortfalls", summary = "Officers who will fall short of the yearly training minimum",
            description = "Officers of the admin's agency, on post, who at their pace so far this year will not reach the "
                    + "yearly training minimum (seed 001: 60 hours, configurable), with the hours done and still "
                    + "needed.")
    @GET
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    public List<ShortfallView> shortfalls() {
        List<Officer> officers = Officer.list("agencyCode = ?1 and onPost = true order by name", scope.agencyCode());
        return ledger.fallingShort(officers).stream()
                .map(s -> new ShortfallView(s.officer().officerId, s.officer().name, s.officer().agencyCode,
                        s.year().hours(), s.year().required(), s.year().shortfall()))
                .toList();
    }
}
