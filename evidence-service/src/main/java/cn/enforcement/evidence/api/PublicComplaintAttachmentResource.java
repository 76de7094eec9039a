package cn.enforcement.evidence.api;

import cn.enforcement.evidence.domain.complaints.ComplaintAttachment;
import cn.enforcement.evidence.domain.complaints.ComplaintAttachments;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public uploads the files it declared with a complaint (投诉举报), without a token: the id given at filing takes
 * only the bytes declared under it (size, SHA-256, type), so the id is all the authority an upload needs.
 */
@Tag(name = "public")
@Path("/public/v1/complaint-attachments/{attachmentId}")
@PermitAll
public class PublicComplaintAttachmentResource {

    private final ComplaintAttachments attachments;

    PublicComplaintAttachmentResource(ComplaintAttachments attachments) {
        this.attachments = attachments;
    }

    @Operation(operationId = "getComplaintAttachmentUploadUrl", summary = "Where to PUT a file declared with a complaint")
    @POST
    @Path("/upload-url")
    public AttachmentUploadUrl uploadUrl(@PathParam("attachmentId") String attachmentId) throws Exception {
        ComplaintAttachments.UploadUrl upload = attachments.uploadUrl(attachmentId);
        ComplaintAttachment attachment = upload.attachment();
        return new AttachmentUploadUrl(attachmentId, "PUT", upload.url(), attachment.contentType, attachment.declaredSize, upload.expiresAt());
    }

    @Operation(operationId = "completeComplaintAttachment", summary = "Say the file is uploaded; it is kept only if it is exactly as declared")
    @POST
    @Path("/completion")
    public AttachmentFileView complete(@PathParam("attachmentId") String attachmentId) throws Exception {
        return AttachmentFileView.of(attachments.complete(attachmentId));
    }
}
