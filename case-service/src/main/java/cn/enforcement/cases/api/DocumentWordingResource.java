package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.documents.DocumentKind;
import cn.enforcement.cases.domain.documents.DocumentWording;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agency's own wording of its forms (contact line, note), set by its head within the structure the law fixes;
 * every change is a new version, printed from then on.
 */
@Tag(name = "documents")
@Path("/api/v1/document-wordings")
@Transactional
public class DocumentWordingResource {

    private final AgencyScope scope;
    private final Clock clock;

    DocumentWordingResource(AgencyScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(operationId = "adoptDocumentWording", summary = "Adopt a new version of the agency's own wording of a form")
    @PUT
    @Path("/{kind}")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @IdempotentCommand
    public DocumentWordingView adopt(@PathParam("kind") DocumentKind kind, @Valid @NotNull DocumentWordingInput body) {
        return DocumentWordingView.of(DocumentWording.adopt(scope.agencyCode(), kind, blankToNull(body.contact()), blankToNull(body.note()),
                scope.actor(), clock.instant()));
    }

    @Operation(operationId = "listDocumentWordings", summary = "The wording in force of each form the caller's agency adapted")
    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER})
    public List<DocumentWordingView> inForce() {
        return DocumentWording.inForceOf(scope.agencyCode()).stream().map(DocumentWordingView::of).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
