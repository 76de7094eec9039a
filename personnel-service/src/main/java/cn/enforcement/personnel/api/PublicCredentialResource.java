package cn.enforcement.personnel.api;

import cn.enforcement.personnel.api.PublicCredentials.PublicCredentialView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public credential check (亮证执法): anyone facing an officer can check the credential number
 * and see whether it is valid right now. Only what the law says to show; never the ID number. The QR
 * code printed on the card opens the check page ({@code /public/credentials/{number}}).
 */
@Tag(name = "public")
@Path("/public/v1/credentials/{credentialNumber}")
@PermitAll
public class PublicCredentialResource {

    private final PublicCredentials credentials;
    private final String publicBaseUrl;

    PublicCredentialResource(PublicCredentials credentials, @ConfigProperty(name = "enforcement.public-base-url") String publicBaseUrl) {
        this.credentials = credentials;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Operation(operationId = "checkCredential", summary = "Check an officer's credential (亮证执法), without personal data")
    @GET
    public RestResponse<PublicCredentialView> check(@PathParam("credentialNumber") String credentialNumber) {
        // a suspension shows at once: whoever holds an answer asks again before showing it
        return RestResponse.ResponseBuilder.ok(credentials.check(credentialNumber)).header("Cache-Control", "no-cache").build();
    }

    @Operation(operationId = "getCredentialQrSvg", summary = "The credential's QR code as SVG")
    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    public RestResponse<String> qrSvg(@PathParam("credentialNumber") String credentialNumber) {
        return cached(qrOf(credentialNumber).svg());
    }

    @Operation(operationId = "getCredentialQrPng", summary = "The credential's QR code as PNG")
    @GET
    @Path("/qr.png")
    @Produces("image/png")
    public RestResponse<byte[]> qrPng(@PathParam("credentialNumber") String credentialNumber) {
        return cached(qrOf(credentialNumber).png());
    }

    private CredentialQrCode qrOf(String credentialNumber) {
        return CredentialQrCode.of(publicBaseUrl + "/public/credentials/" + credentials.check(credentialNumber).credentialNumber());
    }

    /** A card's code never changes: it may be cached for a day. */
    private static <T> RestResponse<T> cached(T body) {
        return RestResponse.ResponseBuilder.ok(body).header("Cache-Control", "public, max-age=86400").build();
    }
}
