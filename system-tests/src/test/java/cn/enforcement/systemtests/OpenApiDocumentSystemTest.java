package cn.enforcement.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.testing.DemoRealm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The aggregated OpenAPI document the gateway serves is the one the Java client is generated from
 * (docs/openapi.json); it passes a maintained linter (Redocly CLI, recommended rules, every example checked
 * against its schema) with no error and no warning; every request and answer has an example and every enum
 * value its meaning.
 */
@ExtendWith(PlatformUnderTest.class)
class OpenApiDocumentSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = DemoRealm.repositoryRoot();
    private static final Path SERVED = ROOT.resolve("system-tests/target/openapi.json");

    private static JsonNode served() throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PlatformUnderTest.GATEWAY + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonNode document = JSON.readTree(body);
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
        return document;
    }

    @Test
    void theGeneratedClientIsGeneratedFromTheDocumentTheGatewayServes() throws Exception {
        JsonNode committed = JSON.readTree(ROOT.resolve("docs/openapi.json").toFile());
        assertThat(served()).as("the gateway serves another document than docs/openapi.json, from which the client is generated:"
                + " copy %s to docs/openapi.json and rebuild", SERVED).isEqualTo(committed);
    }

    @Test
    void theDocumentPassesRedoclysRecommendedRulesWithoutAnErrorOrWarning() throws Exception {
        served();
        Path tools = ROOT.resolve("tools/openapi-lint");
        if (!Files.exists(tools.resolve("node_modules/.bin/redocly"))) {
            assertThat(run(tools, "npm", "ci", "--no-audit", "--no-fund").exitCode()).as("npm ci in tools/openapi-lint").isZero();
        }
        Outcome lint = run(tools, "node_modules/.bin/redocly", "lint", SERVED.toString(), "--config", "redocly.yaml");
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).as(lint.output()).contains("Your API description is valid").doesNotContain("You have");
    }

    @Test
    void everyJsonRequestAndAnswerHasAnExampleAndEveryEnumValueItsMeaning() throws Exception {
        JsonNode document = served();
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> withoutExample = new TreeSet<>();
        document.path("paths").forEach(path -> path.forEach(operation -> {
            operation.path("requestBody").path("content").path("application/json").path("schema").findValues("$ref")
                    .forEach(ref -> withoutExample.addAll(withoutExample(schemas, ref)));
            operation.path("responses").properties().stream().filter(response -> response.getKey().startsWith("2"))
                    .forEach(response -> response.getValue().path("content").path("application/json").path("schema")
                            .findValues("$ref").forEach(ref -> withoutExample.addAll(withoutExample(schemas, ref))));
        }));
        assertThat(withoutExample).as("schemas of JSON requests and answers without an example"
                + " (add openapi/examples/<schema>.json to the service's resources)").isEmpty();

        Set<String> unexplained = new TreeSet<>();
        schemas.properties().forEach(schema -> {
            JsonNode values = schema.getValue().path("enum");
            JsonNode meanings = schema.getValue().path("x-enum-descriptions");
            boolean everyMeaningGiven = meanings.size() == values.size();
            for (JsonNode meaning : meanings) {
                everyMeaningGiven &= !meaning.asText().isBlank();
            }
            if (values.isArray() && !everyMeaningGiven) {
                unexplained.add(schema.getKey());
            }
        });
        assertThat(unexplained).as("enums whose values lack a meaning (@Schema(description) on each constant)").isEmpty();
    }

    private static Set<String> withoutExample(JsonNode schemas, JsonNode ref) {
        String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
        JsonNode schema = schemas.path(name);
        return schema.has("examples") || schema.has("enum") ? Set.of() : Set.of(name);
    }

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome run(Path directory, String... command) throws Exception {
        File log = Files.createTempFile("openapi-lint", ".log").toFile();
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Outcome(-1, "timed out: " + String.join(" ", command));
        }
        return new Outcome(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }
}
