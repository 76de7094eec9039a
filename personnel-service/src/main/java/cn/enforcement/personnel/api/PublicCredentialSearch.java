package cn.enforcement.personnel.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A credential number typed on the public site's form leads to the credential's check page. */
@Tag(name = "public")
@Path("/public/credentials")
@PermitAll
public class PublicCredentialSearch {

    @Operation(operationId = "credentialPageByNumber", summary = "Page: open the check page of the credential number typed")
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public RestResponse<Void> find(@QueryParam("number") String number) {
        return RestResponse.seeOther(URI.create("/public/credentials/" + PublicCredentials.wellFormed(number == null ? null : number.strip())));
    }
}
