package cn.enforcement.cases.api;

import cn.enforcement.cases.api.PublicDocuments.PublicDocumentView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Verification of enforcement documents without a token: the page the QR code on a document opens, and the same
 * facts as JSON by id or by number, for a bank or a court checking a copy.
 */
@Tag(name = "public")
@Path("/public")
@PermitAll
@Transactional
public class PublicDocumentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(PublicDocumentView document);
    }

    private final PublicDocuments documents;

    PublicDocumentResource(PublicDocuments documents) {
        this.documents = documents;
    }

    @Operation(operationId = "verifyDocument", summary = "An issued document's agency, kind, number, date and SHA-256, to verify a copy")
    @GET
    @Path("/v1/documents/{documentId}")
    public PublicDocumentView byId(@PathParam("documentId") String documentId) {
        return documents.byId(documentId);
    }

    @Operation(operationId = "verifyDocumentByNumber", summary = "The same, found by the document number (文号)")
    @GET
    @Path("/v1/documents")
    public PublicDocumentView byNumber(@QueryParam("number") String number) {
        return documents.byNumber(number);
    }

    /** A number typed on the public site's form leads to the document's page. */
    @Operation(operationId = "documentPageByNumber", summary = "Page: find a document by its number (文号) and open its verification page")
    @GET
    @Path("/documents")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public RestResponse<Void> pageByNumber(@QueryParam("number") String number) {
        return RestResponse.seeOther(java.net.URI.create("/public/documents/" + documents.idOf(number)));
    }

    /** Not cached: a correction must show at once. */
    @Operation(operationId = "documentPage", summary = "Page: the verification a party, bank or court opens from a document's QR code")
    @GET
    @Path("/documents/{documentId}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public RestResponse<String> page(@PathParam("documentId") String documentId) {
        return RestResponse.ResponseBuilder.ok(Templates.document(documents.byId(documentId)).render())
                .header("Cache-Control", "no-cache").build();
    }
}
