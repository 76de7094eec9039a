package cn.enforcement.evidence.api;

import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.evidence.domain.checklist.RecordingChecklist;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.domain.intake.EvidenceIntake;
import cn.enforcement.evidence.domain.intake.EvidenceKind;
import cn.enforcement.evidence.domain.intake.Recording;
import cn.enforcement.evidence.domain.intake.PresignedUploads;
import cn.enforcement.evidence.domain.intake.PresignedUploads.CompletedPart;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evidence of one case: presigned multipart uploads, the list, the recording checklist. The streamed
 * intake itself is {@link UploadRoute}.
 */
@Tag(name = "evidence")
@Path("/api/v1/cases/{caseId}")
public class CaseEvidenceResource {

    private final EvidenceAccess access;
    private final EvidenceIntake intake;
    private final PresignedUploads uploads;
    private final RecordingChecklist checklist;

    CaseEvidenceResource(EvidenceAccess access, EvidenceIntake intake, PresignedUploads uploads, RecordingChecklist checklist) {
        this.access = access;
        this.intake = intake;
        this.uploads = uploads;
        this.checklist = checklist;
    }

    public record UploadStart(@NotNull EvidenceKind kind, @NotBlank @Size(max = Recording.STAGE_LENGTH) String stage,
            @NotNull Instant recordedAt, @NotNull @Pattern(regexp = "\\d{14}") String recordedBy,
            @Size(max = Recording.DEVICE_LENGTH) String deviceId, @Size(max = Recording.LOCATION_LENGTH) String location,
            @Size(max = Recording.DESCRIPTION_LENGTH) String description, @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256,
            @Min(1) long sizeBytes, @Min(1) @Max(10000) int parts,
            @Schema(description = "The length of every part but the last (the last is the rest), at least 5 MiB when there are"
                    + " several parts; each part's URL takes exactly its length. Default: the size cut into equal parts")
            @Min(1) Long partSize) {
    }

    public record UploadCompletion(@NotEmpty @Size(max = 10000) List<@Valid @NotNull CompletedPart> parts) {
    }

    /** Starts a resumable upload straight to storage: one presigned URL per part. */
    @Operation(operationId = "startEvidenceUpload", summary = "Start a resumable upload straight to storage")
    @POST
    @Path("/evidence-uploads")
    @RolesAllowed(Roles.OFFICER)
    @IdempotentCommand
    public RestResponse<PresignedUploads.Started> startUpload(@PathParam("caseId") String caseId, @Valid @NotNull UploadStart body)
            throws Exception {
        KnownCase knownCase = access.caseForUpload(caseId);
        PresignedUploads.Started started = uploads.start(knownCase, new Recording(body.kind(), body.stage(), body.recordedAt(),
                body.recordedBy(), body.deviceId(), body.location(), body.description()), body.sha256().toLowerCase(), body.sizeBytes(),
                body.parts(), body.partSize(), access.actor());
        return RestResponse.ResponseBuilder.<PresignedUploads.Started>created(URI.create("/api/v1/cases/" + caseId
                + "/evidence-uploads/" + started.uploadId())).entity(started).build();
    }

    /** Completes the upload; the object is read back and registered only if its hash and size are as declared. */
    @Operation(operationId = "completeEvidenceUpload", summary = "Complete a resumable upload; registered only if hash and size match")
    @POST
    @Path("/evidence-uploads/{uploadId}/completion")
    @RolesAllowed(Roles.OFFICER)
    @IdempotentCommand
    public RestResponse<EvidenceView> completeUpload(@PathParam("caseId") String caseId, @PathParam("uploadId") String uploadId,
            @Valid @NotNull UploadCompletion body) throws Exception {
        KnownCase knownCase = access.caseForUpload(caseId);
        Evidence evidence = uploads.complete(knownCase, uploadId, body.parts(), access.actor(), access.origin());
        return RestResponse.ResponseBuilder.<EvidenceView>created(URI.create("/api/v1/evidence/" + evidence.evidenceId))
                .entity(EvidenceView.of(evidence)).build();
    }

    /** Where an upload stands, with fresh URLs for the parts still missing: how a client resumes. */
    @Operation(operationId = "getEvidenceUpload", summary = "Where an upload stands, with fresh URLs for the missing parts")
    @GET
    @Path("/evidence-uploads/{uploadId}")
    @RolesAllowed(Roles.OFFICER)
    public PresignedUploads.Progress upload(@PathParam("caseId") String caseId, @PathParam("uploadId") String uploadId)
            throws Exception {
        return uploads.resume(access.caseForUpload(caseId), uploadId);
    }

    /** Gives an upload up; the parts sent so far are dropped from the store. */
    @Operation(operationId = "abandonEvidenceUpload", summary = "Give an upload up; its parts are dropped")
    @DELETE
    @Path("/evidence-uploads/{uploadId}")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<Void> abandonUpload(@PathParam("caseId") String caseId, @PathParam("uploadId") String uploadId)
            throws Exception {
        uploads.abandon(access.caseForUpload(caseId), uploadId);
        return RestResponse.noContent();
    }

    @Operation(operationId = "listCaseEvidence", summary = "The case's evidence (全过程记录, PL 47)")
    @GET
    @Path("/evidence")
    @RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.EVIDENCE_CUSTODIAN, Roles.SUPERVISOR })
    public List<EvidenceView> list(@PathParam("caseId") String caseId) {
        access.caseForRead(caseId);
        return Evidence.ofCase(caseId).stream().map(EvidenceView::of).toList();
    }

    @Operation(operationId = "getRecordingChecklist", summary = "Which audio-video stages of the case are recorded and which are missing")
    @GET
    @Path("/recording-checklist")
    @RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.EVIDENCE_CUSTODIAN, Roles.SUPERVISOR })
    public List<RecordingChecklist.Entry> recordingChecklist(@PathParam("caseId") String caseId) {
        return checklist.of(access.caseForRead(caseId));
    }
}
