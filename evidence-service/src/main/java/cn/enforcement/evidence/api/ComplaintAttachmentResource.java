package cn.enforcement.evidence.api;

import cn.enforcement.evidence.domain.EvidenceProblem;
import cn.enforcement.evidence.domain.complaints.ComplaintAttachment;
import cn.enforcement.evidence.domain.complaints.ComplaintAttachments;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Files attached to complaints, for the staff handling them: the heads and legal office of the agency the complaint
 * is routed to, and the supervisors of its region. To anyone else an attachment does not exist.
 */
@Tag(name = "complaints")
@Path("/api/v1/complaint-attachments/{attachmentId}")
@RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
public class ComplaintAttachmentResource {

    private static final Logger LOG = Logger.getLogger(ComplaintAttachmentResource.class);
    private static final Set<String> HANDLERS = Set.of(Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER);

    private final ComplaintAttachments attachments;
    private final AgencyScope scope;
    private final Duration downloadValidity;

    ComplaintAttachmentResource(ComplaintAttachments attachments, AgencyScope scope,
            @ConfigProperty(name = "evidence.download-url-validity", defaultValue = "PT15M") Duration downloadValidity) {
        this.attachments = attachments;
        this.scope = scope;
        this.downloadValidity = downloadValidity;
    }

    @Operation(operationId = "getComplaintAttachment", summary = "A file attached to a complaint, as declared and whether it arrived")
    @GET
    public AttachmentFileView read(@PathParam("attachmentId") String attachmentId) {
        return AttachmentFileView.of(readable(attachmentId));
    }

    @Operation(operationId = "getComplaintAttachmentDownloadUrl", summary = "A short-lived link to a received complaint attachment")
    @GET
    @Path("/download-url")
    public EvidenceResource.DownloadUrl downloadUrl(@PathParam("attachmentId") String attachmentId) throws Exception {
        ComplaintAttachment attachment = readable(attachmentId);
        if (!attachment.received()) {
            throw EvidenceProblem.ATTACHMENT_NOT_UPLOADED.refuse(attachment.fileName + " has not arrived");
        }
        LOG.infof("complaint %s attachment %s opened by %s", attachment.trackingNumber, attachmentId, scope.actor());
        return new EvidenceResource.DownloadUrl(attachments.downloadUrl(attachment, downloadValidity), Instant.now().plus(downloadValidity));
    }

    private ComplaintAttachment readable(String attachmentId) {
        ComplaintAttachment attachment = attachmentId.length() > 36 ? null : ComplaintAttachment.findById(attachmentId);
        if (attachment == null || !scope.mayRead(attachment.agencyCode, attachment.regionCode, HANDLERS)) {
            throw EvidenceProblem.ATTACHMENT_NOT_FOUND.refuse("no complaint attachment " + attachmentId);
        }
        return attachment;
    }
}
