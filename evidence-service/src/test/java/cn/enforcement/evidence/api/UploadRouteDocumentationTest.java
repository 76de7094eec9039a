package cn.enforcement.evidence.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The streamed upload is no REST resource, yet app developers find it in the OpenAPI document. */
@QuarkusTest
class UploadRouteDocumentationTest {

    @Test
    void theStreamedUploadIsDocumentedBesideTheGeneratedPaths() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/cases/{caseId}/evidence'", hasKey("post"))
                .body("paths.'/api/v1/cases/{caseId}/evidence'", hasKey("get"))
                .body("paths.'/api/v1/cases/{caseId}/evidence'.post.parameters.name",
                        hasItems("kind", "stage", "recordedAt", "recordedBy", "Idempotency-Key"))
                .body("paths.'/api/v1/cases/{caseId}/evidence'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/EvidenceView"))
                .body("components.schemas", hasKey("EvidenceView"));
    }
}
