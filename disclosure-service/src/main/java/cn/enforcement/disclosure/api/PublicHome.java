package cn.enforcement.disclosure.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The province's public home page (/public): what is published, search across agencies by choosing, the agencies, and
 * the services for the public (the roster, the credential check, document verification, complaints).
 */
@Tag(name = "public")
@Path("/public")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PublicHome {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<PublicDecision> latest, PublishedDecisions.Search search);
    }

    private final PublishedDecisions decisions;
    private final PublicCaching caching;

    PublicHome(PublishedDecisions decisions, PublicCaching caching) {
        this.decisions = decisions;
        this.caching = caching;
    }

    @Operation(operationId = "homePage", summary = "Page: the province's public home page")
    @GET
    public RestResponse<String> home(@Context Request request) {
        PublishedDecisions.Search newest = PublishedDecisions.Search.newest(10);
        return caching.page(request, Templates.home(decisions.find(newest).decisions(), newest).render());
    }
}
