package cn.enforcement.evidence.api;

import cn.enforcement.evidence.domain.EvidenceProblem;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.domain.packages.EvidencePackage;
import cn.enforcement.evidence.domain.store.EvidenceStore;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sealed evidence packages of transferred cases, for the judicial partner; every access is logged. */
@Tag(name = "partners")
@Path("/api/v1/evidence-packages")
@RolesAllowed({ Roles.JUDICIAL_PARTNER, Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
public class PackageResource {

    private final EvidenceAccess access;
    private final AgencyScope scope;
    private final EvidenceStore store;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration linkValidity;

    PackageResource(EvidenceAccess access, AgencyScope scope, EvidenceStore store, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "evidence.package-link-validity", defaultValue = "PT30M") Duration linkValidity) {
        this.access = access;
        this.scope = scope;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.linkValidity = linkValidity;
    }

    public record ItemLink(String evidenceId, String url) {
    }

    public record PackageView(String packageId, String caseId, String receivingBody, Instant sealedAt, JsonNode manifest,
            String manifestSha256, List<ItemLink> links, Instant linksExpireAt) {
    }

    @Operation(operationId = "listEvidencePackages", summary = "The sealed evidence packages of a transferred case")
    @GET
    public List<String> ofCase(@QueryParam("caseId") String caseId) {
        EvidencePackage sealed = EvidencePackage.find("caseId", caseId).firstResult();
        if (sealed == null || !access.mayReadPackageOf(KnownCase.findById(caseId))) {
            return List.of();
        }
        return List.of(sealed.packageId);
    }

    @Operation(operationId = "getEvidencePackage", summary = "One sealed evidence package with time-limited links")
    @GET
    @Path("/{packageId}")
    @Transactional
    public PackageView get(@PathParam("packageId") String packageId) throws Exception {
        EvidencePackage sealed = EvidencePackage.<EvidencePackage>findByIdOptional(packageId)
                .orElseThrow(() -> EvidenceProblem.PACKAGE_NOT_FOUND.refuse("no evidence package " + packageId));
        if (!access.mayReadPackageOf(KnownCase.findById(sealed.caseId))) {
            throw EvidenceProblem.OUTSIDE_SCOPE.refuse("this package was not sent to you");
        }
        KnownCase.getEntityManager().createNativeQuery("insert into package_access (package_id, subject, at) values (?1, ?2, ?3)")
                .setParameter(1, packageId).setParameter(2, scope.subject()).setParameter(3, clock.instant()).executeUpdate();
        List<ItemLink> links = new ArrayList<>();
        for (Evidence evidence : Evidence.ofCase(sealed.caseId)) {
            links.add(new ItemLink(evidence.evidenceId, store.presignedGet(evidence.objectKey, linkValidity)));
        }
        return new PackageView(packageId, sealed.caseId, sealed.receivingBody, sealed.sealedAt, json.readTree(sealed.manifest),
                sealed.manifestSha256, links, clock.instant().plus(linkValidity));
    }
}
