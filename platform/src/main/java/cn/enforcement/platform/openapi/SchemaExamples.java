package cn.enforcement.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Gives a schema its example from the service's resources, {@code openapi/examples/<schema name>.json}: a
 * request or an answer with Chinese data as a client team would send or read it. The linter checks every
 * example against its schema (tools/openapi-lint/redocly.yaml), so an example cannot drift from the API.
 */
final class SchemaExamples {

    static final String FOLDER = "openapi/examples/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaExamples() {
    }

    static void document(OpenAPI openAPI, ClassLoader loader) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            try (InputStream example = loader.getResourceAsStream(FOLDER + name + ".json")) {
                if (example != null) {
                    schema.setExamples(List.of(JSON.readValue(example, Object.class)));
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("the example of schema " + name + " is not JSON", unreadable);
            }
        });
    }
}
