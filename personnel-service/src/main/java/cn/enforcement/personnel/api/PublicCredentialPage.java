package cn.enforcement.personnel.api;

import cn.enforcement.personnel.api.PublicCredentials.PublicCredentialView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The page a citizen opens from the QR code on a credential card: valid right now or not, and why. */
@Tag(name = "public")
@Path("/public/credentials/{credentialNumber}")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PublicCredentialPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance credential(PublicCredentialView credential);
    }

    private final PublicCredentials credentials;

    PublicCredentialPage(PublicCredentials credentials) {
        this.credentials = credentials;
    }

    /** Not cached: a suspension must show at once. */
    @Operation(operationId = "credentialPage", summary = "Page: the credential check a citizen opens from the QR code (亮证执法)")
    @GET
    public RestResponse<String> page(@PathParam("credentialNumber") String credentialNumber) {
        return RestResponse.ResponseBuilder.ok(Templates.credential(credentials.check(credentialNumber)).render())
                .header("Cache-Control", "no-cache").build();
    }
}
