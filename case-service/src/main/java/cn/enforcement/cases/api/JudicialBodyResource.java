package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.transfer.JudicialBody;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public security bodies and procuratorates that criminal transfers go to, with their codes. */
@Tag(name = "partners")
@Path("/api/v1/judicial-bodies")
@RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.JUDICIAL_PARTNER })
public class JudicialBodyResource {

    public record JudicialBodyView(String code, String name, JudicialBody.Kind kind, String regionCode, String supervisedBy) {
    }

    @Operation(operationId = "listJudicialBodies", summary = "The bodies criminal transfers go to (公安机关、人民检察院), with their codes",
            description = "A public security body names the procuratorate that supervises its filings (立案监督).")
    @GET
    public List<JudicialBodyView> list() {
        return JudicialBody.<JudicialBody>list("order by code").stream()
                .map(b -> new JudicialBodyView(b.code, b.name, b.kind, b.regionCode, b.supervisedBy)).toList();
    }
}
