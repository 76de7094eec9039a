package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.documents.DocumentDesk;
import cn.enforcement.cases.domain.documents.DocumentArchive;
import cn.enforcement.cases.domain.documents.IssuedDocument;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One issued document and its PDF, exactly as issued; read, like its case, by the agency's staff and the region's supervisors. */
@Tag(name = "documents")
@Path("/api/v1/documents/{documentId}")
@Transactional
public class DocumentResource {

    private final CaseAccess access;
    private final DocumentDesk desk;
    private final DocumentArchive archive;

    DocumentResource(CaseAccess access, DocumentDesk desk, DocumentArchive archive) {
        this.access = access;
        this.desk = desk;
        this.archive = archive;
    }

    @Operation(operationId = "getDocument", summary = "One issued document")
    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public DocumentView read(@PathParam("documentId") String documentId) {
        return view(readable(documentId));
    }

    @Operation(operationId = "getDocumentPdf", summary = "The issued PDF, exactly as issued (its SHA-256 in the Digest header)")
    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public Response pdf(@PathParam("documentId") String documentId) {
        IssuedDocument document = readable(documentId);
        StreamingOutput stream = output -> {
            try (InputStream in = archive.read(document.objectKey)) {
                in.transferTo(output);
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("the document could not be read from the store", e);
            }
        };
        return Response.ok(stream, "application/pdf").header("Content-Length", document.sizeBytes)
                .header("Digest", "sha-256=" + document.sha256)
                .header("Content-Disposition", "inline; filename=\"" + document.documentId + ".pdf\"").build();
    }

    private IssuedDocument readable(String documentId) {
        IssuedDocument document = documentId.length() > 36 ? null : IssuedDocument.findById(documentId);
        if (document == null) {
            throw CaseProblem.DOCUMENT_NOT_FOUND.refuse("no document " + documentId);
        }
        try {
            access.forRead(document.caseId);
        } catch (ProblemException outsideScope) {
            throw CaseProblem.DOCUMENT_NOT_FOUND.refuse("no document " + documentId);
        }
        return document;
    }

    private DocumentView view(IssuedDocument document) {
        return DocumentView.of(document, desk.verificationUrl(document.documentId));
    }
}
