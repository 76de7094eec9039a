package cn.enforcement.evidence.api;

import cn.enforcement.evidence.domain.custody.CustodyChain;
import cn.enforcement.evidence.domain.custody.CustodyLink;
import cn.enforcement.evidence.domain.custody.CustodyLog;
import cn.enforcement.evidence.domain.safekeeping.EvidenceCustodian;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.domain.store.EvidenceStore;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One piece of evidence: its record, content, custody chain, verification, holds. Every access is a custody link. */
@Tag(name = "evidence")
@Path("/api/v1/evidence/{evidenceId}")
@RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.EVIDENCE_CUSTODIAN, Roles.SUPERVISOR })
public class EvidenceResource {

    private final EvidenceAccess access;
    private final EvidenceStore store;
    private final EvidenceCustodian custodian;
    private final CustodyLog custody;
    private final Duration downloadValidity;

    EvidenceResource(EvidenceAccess access, EvidenceStore store, EvidenceCustodian custodian, CustodyLog custody,
            @ConfigProperty(name = "evidence.download-url-validity", defaultValue = "PT15M") Duration downloadValidity) {
        this.access = access;
        this.store = store;
        this.custodian = custodian;
        this.custody = custody;
        this.downloadValidity = downloadValidity;
    }

    @Schema(name = "EvidenceHoldReason", description = "Why a legal hold is put or released")
    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    public record DownloadUrl(String url, Instant expiresAt) {
    }

    public record LinkView(long sequence, String action, String actor, Instant at, String origin, String details, String hash) {
    }

    public record ChainVerification(String evidenceId, int links, boolean intact, Long brokenAt, String reason) {
    }

    @Operation(operationId = "getEvidence", summary = "One piece of evidence with its hash and custody")
    @GET
    public EvidenceView get(@PathParam("evidenceId") String evidenceId) {
        Evidence evidence = access.evidenceForRead(evidenceId);
        custody.append(evidenceId, CustodyLog.Action.VIEW, access.actor(), access.origin(), "record viewed");
        return EvidenceView.of(evidence);
    }

    /** The content, streamed from storage through the service. */
    @Operation(operationId = "getEvidenceContent", summary = "The evidence's content, streamed")
    @GET
    @Path("/content")
    @Blocking
    public Response content(@PathParam("evidenceId") String evidenceId) {
        Evidence evidence = access.evidenceForRead(evidenceId);
        custody.append(evidenceId, CustodyLog.Action.DOWNLOAD, access.actor(), access.origin(), "streamed through the service");
        StreamingOutput stream = output -> {
            try (InputStream in = store.read(evidence.objectKey)) {
                in.transferTo(output);
            } catch (java.io.IOException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException("the object could not be read", e);
            }
        };
        return Response.ok(stream, evidence.contentType).header("Content-Length", evidence.sizeBytes)
                .header("Digest", "sha-256=" + evidence.sha256).build();
    }

    /** A short-lived link straight to storage, for large files; its issue is logged. */
    @Operation(operationId = "getEvidenceDownloadUrl", summary = "A short-lived link straight to storage")
    @GET
    @Path("/download-url")
    public DownloadUrl downloadUrl(@PathParam("evidenceId") String evidenceId) throws Exception {
        Evidence evidence = access.evidenceForRead(evidenceId);
        String url = store.presignedGet(evidence.objectKey, downloadValidity);
        custody.append(evidenceId, CustodyLog.Action.SHARE, access.actor(), access.origin(), "presigned link for " + downloadValidity);
        return new DownloadUrl(url, Instant.now().plus(downloadValidity));
    }

    /** Re-reads the object and compares its SHA-256 with the one taken at intake. */
    @Operation(operationId = "verifyEvidence", summary = "Re-read the object and compare its SHA-256 with the one taken at intake")
    @POST
    @Path("/verification")
    @Blocking
    @IdempotentCommand
    public RestResponse<EvidenceCustodian.Verification> verify(@PathParam("evidenceId") String evidenceId) throws Exception {
        access.evidenceForRead(evidenceId);
        return RestResponse.ok(custodian.verify(evidenceId, access.actor(), access.origin()));
    }

    @Operation(operationId = "getCustodyChain", summary = "The chain of custody of a piece of evidence")
    @GET
    @Path("/custody")
    public List<LinkView> custodyChain(@PathParam("evidenceId") String evidenceId) {
        access.evidenceForRead(evidenceId);
        return CustodyLink.chainOf(evidenceId).stream()
                .map(l -> new LinkView(l.sequence, l.action, l.actor, l.at, l.origin, l.details, l.hash)).toList();
    }

    /** Whether the chain of custody is whole: no link removed, reordered or altered. */
    @Operation(operationId = "verifyCustodyChain", summary = "Whether the chain of custody is whole")
    @GET
    @Path("/custody/verification")
    public ChainVerification verifyCustody(@PathParam("evidenceId") String evidenceId) {
        access.evidenceForRead(evidenceId);
        List<CustodyChain.Link> links = CustodyLink.chainOf(evidenceId).stream().map(CustodyLink::asLink).toList();
        return CustodyChain.verify(evidenceId, links)
                .map(b -> new ChainVerification(evidenceId, links.size(), false, b.atSequence(), b.reason()))
                .orElse(new ChainVerification(evidenceId, links.size(), true, null, null));
    }

    @Operation(operationId = "holdEvidence", summary = "Put the evidence under legal hold")
    @POST
    @Path("/hold")
    @RolesAllowed(Roles.EVIDENCE_CUSTODIAN)
    @IdempotentCommand
    public RestResponse<EvidenceView> hold(@PathParam("evidenceId") String evidenceId, @Valid @NotNull Reason body) {
        return RestResponse.ok(EvidenceView.of(
                custodian.hold(access.evidenceForCustodian(evidenceId), true, body.reason(), access.actor(), access.origin())));
    }

    @Operation(operationId = "releaseEvidence", summary = "Release the legal hold")
    @POST
    @Path("/release")
    @RolesAllowed(Roles.EVIDENCE_CUSTODIAN)
    @IdempotentCommand
    public RestResponse<EvidenceView> release(@PathParam("evidenceId") String evidenceId, @Valid @NotNull Reason body) {
        return RestResponse.ok(EvidenceView.of(
                custodian.hold(access.evidenceForCustodian(evidenceId), false, body.reason(), access.actor(), access.origin())));
    }

    /** Only after the case closed, without a hold, and past the retention period. */
    @Operation(operationId = "deleteEvidence", summary = "Delete evidence past its retention (case closed, no hold)")
    @DELETE
    @RolesAllowed(Roles.EVIDENCE_CUSTODIAN)
    @Blocking
    public Response delete(@PathParam("evidenceId") String evidenceId) throws Exception {
        custodian.delete(access.evidenceForCustodian(evidenceId), access.actor(), access.origin());
        return Response.noContent().build();
    }
}
