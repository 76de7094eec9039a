package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.documents.DocumentDesk;
import cn.enforcement.cases.domain.documents.IssuedDocument;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A case's enforcement documents (执法文书): issued at their steps by the handling officers or the head as numbered,
 * reasoned PDFs; listed, like the case, for the agency's staff and the region's supervisors.
 */
@Tag(name = "documents")
@Path("/api/v1/cases/{caseId}/documents")
@Transactional
public class CaseDocumentResource {

    private final CaseAccess access;
    private final CaseJournal journal;
    private final DocumentDesk desk;

    CaseDocumentResource(CaseAccess access, CaseJournal journal, DocumentDesk desk) {
        this.access = access;
        this.journal = journal;
        this.desk = desk;
    }

    @Operation(operationId = "issueDocument", summary = "Issue a document of the case as a numbered PDF (执法文书), or a correction of one")
    @POST
    @RolesAllowed({Roles.OFFICER, Roles.AGENCY_HEAD})
    @IdempotentCommand
    public RestResponse<DocumentView> issue(@PathParam("caseId") String caseId, @Valid @NotNull DocumentRequest body) throws Exception {
        var penaltyCase = access.forDocument(caseId);
        IssuedDocument document = desk.issue(penaltyCase, body.kind(), body.corrects(), journal.begin(caseId, null, access.actor()));
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create("/api/v1/documents/" + document.documentId))
                .entity(DocumentView.of(document, desk.verificationUrl(document.documentId))).build();
    }

    @Operation(operationId = "listCaseDocuments", summary = "The case's issued documents, oldest first")
    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public List<DocumentView> list(@PathParam("caseId") String caseId) {
        access.forRead(caseId);
        return IssuedDocument.ofCase(caseId).stream().map(d -> DocumentView.of(d, desk.verificationUrl(d.documentId))).toList();
    }
}
