package cn.enforcement.platform.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, on every operation of every service, what a refusal looks like: a {@link Problem} as
 * {@value Problem#MEDIA_TYPE} under the {@code 4XX} and {@code 5XX} ranges, so that a generated client can read
 * its {@code code}.
 */
public class ProblemResponses implements OASFilter {

    private static final String SCHEMA = "Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        operation.getResponses()
                .addAPIResponse("4XX", problem("Refused: a problem (RFC 9457) with a stable code to branch on"))
                .addAPIResponse("5XX", problem("The platform failed (503 unavailable, 504 too slow): retry later"));
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail; code is stable, legalBasis cites the article of a refusal by a rule of law")
                .required(List.of("type", "title", "status", "code"))
                .properties(Map.of(
                        "type", text("A URI naming the problem; it resolves to a page explaining the code"),
                        "title", text("A short summary of the problem"),
                        "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)),
                        "detail", text("What happened in this request"),
                        "instance", text("The path of the request"),
                        "code", text("The stable machine name of the problem, e.g. LIMITATION_PERIOD_EXPIRED"),
                        "legalBasis", text("The article of law that refused the request, e.g. PL 36"),
                        "errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                                        .properties(Map.of("field", text("The field"), "message", text("What is wrong with it")))))));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent().addMediaType(
                Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
