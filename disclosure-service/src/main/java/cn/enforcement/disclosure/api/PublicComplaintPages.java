package cn.enforcement.disclosure.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The complaint form (投诉举报) and the page to follow a complaint. Both are clients of the public complaint API through
 * the gateway (bounded and rate-limited as the API is): the form declares each attachment by size and SHA-256, uploads it
 * with a progress bar straight to the evidence store, and shows the tracking number and secret once; the follow page
 * sends the secret in a header, never in the address. These pages run one script of the platform's own, and may talk
 * to the gateway and the object store only.
 */
@Tag(name = "public")
@Path("/public/complaints")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PublicComplaintPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance complaint();

        static native TemplateInstance follow();
    }

    private final String policy;

    PublicComplaintPages(PublicSite site) {
        this.policy = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self' "
                + site.uploadOrigins() + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    @Operation(operationId = "complaintPage", summary = "Page: file a complaint or report, with attachments")
    @GET
    public RestResponse<String> complaint() {
        return page(Templates.complaint().render());
    }

    @Operation(operationId = "followComplaintPage", summary = "Page: follow a complaint by its tracking number and secret")
    @GET
    @Path("/follow")
    public RestResponse<String> follow() {
        return page(Templates.follow().render());
    }

    private RestResponse<String> page(String html) {
        return RestResponse.ResponseBuilder.ok(html).header("Content-Security-Policy", policy).header("Cache-Control", "no-store").build();
    }
}
