package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.enforcement.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the aggregated OpenAPI document, fed a corpus of malformed, mistyped, oversized,
 * null-filled and injection inputs (in its path, its query parameters and its body), through the gateway
 * and at the service itself: never a 5xx, every refusal a problem with a stable code, and nothing written.
 */
@ExtendWith(PlatformUnderTest.class)
class BadInputCorpusSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Path segments no record can have. */
    private static final List<String> BAD_IDS = List.of("%00", "%27%20OR%20%271%27%3D%271", "x".repeat(300), "-1",
            "99999999999999999999", "%3Cscript%3E", "%E4%B8");

    /** Values for query parameters: wrong format, out of range, injection, oversized. */
    private static final List<String> BAD_VALUES = List.of("FOO", "2026-13-01", "%2B999999999-01-01", "1e1000000", "-1",
            "%27%20OR%201%3D1--", "x".repeat(3000), "%00");

    /** Bodies that are no JSON, the wrong JSON, or truncated. */
    private static final List<String> BAD_BODIES = List.of("null", "[]", "\"text\"", "{", "{\"unknown\":1}", "{} {}", "1e400");

    private static final String ANONYMOUS = "anonymous";

    /** Who calls the routes of each path prefix, so that the input, not the role, is what is tried. */
    private static final Map<String, String> CALLER = new LinkedHashMap<>();
    /** Which service answers each path prefix directly. */
    private static final Map<String, Integer> SERVICE = new LinkedHashMap<>();

    static {
        CALLER.put("/api/v1/cases/{caseId}/payments", "client:payment-platform");
        CALLER.put("/api/v1/officers", "cc-personnel");
        CALLER.put("/api/v1/credentials", "cc-personnel");
        CALLER.put("/api/v1/training-shortfalls", "cc-personnel");
        CALLER.put("/api/v1/reviews", "cc-legal");
        CALLER.put("/api/v1/disclosures", "cc-disclosure");
        CALLER.put("/api/v1/agency-profiles", "cc-disclosure");
        CALLER.put("/api/v1/annual-reports", "cc-disclosure");
        CALLER.put("/api/v1/violation-items", "province-supervisor");
        CALLER.put("/api/v1/working-calendar", "province-supervisor");
        CALLER.put("/api/v1/evidence-packages", "cc-custodian");
        CALLER.put("/api/v1/", "cc-officer-1");
        CALLER.put("/public/", ANONYMOUS);

        // as the gateway's route table sends them (gateway/src/main/resources/application.properties)
        SERVICE.put("/api/v1/cases/{caseId}/evidence", 18082);
        SERVICE.put("/api/v1/cases/{caseId}/evidence-uploads", 18082);
        SERVICE.put("/api/v1/cases/{caseId}/recording-checklist", 18082);
        SERVICE.put("/api/v1/evidence", 18082);
        SERVICE.put("/api/v1/complaint-attachments", 18082);
        SERVICE.put("/public/v1/complaint-attachments", 18082);
        SERVICE.put("/api/v1/operations/evidence", 18082);
        SERVICE.put("/api/v1/officers", 18085);
        SERVICE.put("/api/v1/credentials", 18085);
        SERVICE.put("/api/v1/training-shortfalls", 18085);
        SERVICE.put("/api/v1/agencies", 18085);
        SERVICE.put("/api/v1/operations/personnel", 18085);
        SERVICE.put("/public/v1/credentials", 18085);
        SERVICE.put("/public/credentials", 18085);
        for (String review : List.of("/api/v1/reviews", "/api/v1/file-checks", "/api/v1/file-findings", "/api/v1/case-files",
                "/api/v1/ledger", "/api/v1/complaints", "/api/v1/evaluation", "/api/v1/operations/review", "/public/v1/complaints")) {
            SERVICE.put(review, 18083);
        }
        SERVICE.put("/api/v1/disclosures", 18084);
        SERVICE.put("/api/v1/agency-profiles", 18084);
        SERVICE.put("/api/v1/annual-reports", 18084);
        SERVICE.put("/api/v1/supervision", 18084);
        SERVICE.put("/api/v1/operations/disclosure", 18084);
        SERVICE.put("/public/v1/documents", 18081);
        SERVICE.put("/public/documents", 18081);
        SERVICE.put("/public/", 18084);
        SERVICE.put("/api/v1/", 18081);
    }

    /**
     * One request, with the problem codes the operation's documentation lists (its own and those of any request), and
     * the refusal it must get when the input is wrong whatever the record (null when any documented refusal will do).
     */
    private record Attempt(String method, String path, String body, String caller, Set<String> documented, String refusal) {

        Attempt(String method, String path, String body, String caller, Set<String> documented) {
            this(method, path, body, caller, documented, null);
        }
    }

    /** What an attempt expects when its input is refused whatever the record, but another refusal may come first. */
    private static final String ANY_REFUSAL = "any refusal";
    /** Refusals before any input is read: the caller's role, or a representation the operation does not give. */
    private static final Set<Integer> REFUSED_AT_THE_DOOR = Set.of(403, 406);
    /** Values a lenient reader takes for a truth value; and for a cursor, which only a previous page gives. */
    private static final List<String> NOT_TRUTH_VALUES = List.of("maybe", "2", "TRUE");
    private static final List<String> NOT_CURSORS = List.of("abc", "-1");
    /** Years no record is about and Java's dates barely hold. */
    private static final List<String> HUGE_AND_NEGATIVE_YEARS = List.of("+1000000000-12-31T23:59:59Z", "-999999999-01-01",
            "+999999999-12-31", "-0001-01-01T00:00:00Z");

    /** One operation of the document: its path template, HTTP method and description. */
    private record Operation(String template, String method, JsonNode description) {
    }

    private final List<String> failures = new ArrayList<>();
    private final Set<String> codesAnswered = new TreeSet<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private int sent;

    @Test
    void noBadInputToAnyOperationGetsA5xxAPartialWriteOrAnAnswerWithoutACode() throws Exception {
        JsonNode document = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(PlatformUnderTest.GATEWAY + "/openapi?format=json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        String newestCase = newestCase();
        List<Attempt> attempts = attemptsFor(document);
        for (Attempt attempt : attempts) {
            send(PlatformUnderTest.GATEWAY, attempt);
            send("http://127.0.0.1:" + serviceOf(attempt.path()), attempt);
        }
        for (String code : codesAnswered) {
            explained(code);
        }
        System.out.printf("bad-input corpus: %d operations, %d requests, answers by status %s, %d codes, %d out of line%n",
                operationsOf(document).size(), sent, statuses, codesAnswered.size(), failures.size());
        assertThat(failures).as("answers that were a 5xx, had no problem code or one its operation does not document,"
                + " or wrote; or codes without a page").isEmpty();
        assertThat(newestCase()).as("no case was filed by the corpus").isEqualTo(newestCase);
    }

    private static List<Operation> operationsOf(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                operations.add(new Operation(path.getKey(), operation.getKey().toUpperCase(), operation.getValue()));
            }
        }));
        return operations;
    }

    private static List<Attempt> attemptsFor(JsonNode document) {
        List<Attempt> attempts = new ArrayList<>();
        for (Operation operation : operationsOf(document)) {
            for (String caller : callersOf(operation.template())) {
                attempts.addAll(attemptsFor(document, operation.template(), operation.method(), operation.description(), caller));
            }
        }
        return attempts;
    }

    /** The case's officers and its head act on a case; both are tried, so that neither role's acts go untried. */
    private static List<String> callersOf(String template) {
        String caller = callerOf(template);
        return template.startsWith("/api/v1/cases") && "cc-officer-1".equals(caller) ? List.of(caller, "cc-head") : List.of(caller);
    }

    /** Bad path ids; bad values of each query parameter; bad bodies, sent to records that do not exist. */
    private static List<Attempt> attemptsFor(JsonNode document, String template, String method, JsonNode operation, String caller) {
        List<Attempt> attempts = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        document.path("x-common-problem-codes").forEach(code -> documented.add(code.asText()));
        operation.path("x-problem-codes").forEach(code -> documented.add(code.asText()));
        if (template.contains("{")) {
            for (String bad : BAD_IDS) {
                attempts.add(new Attempt(method, template.replaceAll("\\{[^}]+}", bad), bodyless(method), caller, documented));
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                String query = template.replace("{service}", "case").replaceAll("\\{[^}]+}", "220100001") + "?" + name + "=";
                for (String bad : BAD_VALUES) {
                    attempts.add(new Attempt(method, query + bad, bodyless(method), caller, documented));
                }
                List<String> refused = "boolean".equals(parameter.path("schema").path("type").asText()) ? NOT_TRUTH_VALUES
                        : "after".equals(name) ? NOT_CURSORS : List.of();
                for (String bad : refused) {
                    attempts.add(new Attempt(method, query + bad, bodyless(method), caller, documented, ANY_REFUSAL));
                }
            }
        }
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            List<String> bodies = new ArrayList<>(BAD_BODIES);
            bodies.addAll(fromSchema(document, schema));
            String unknownIds = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String body : bodies) {
                attempts.add(new Attempt(method, unknownIds, body, caller, documented));
            }
            for (Map.Entry<String, String> wrong : wrongWhateverTheRecord(document, schema).entrySet()) {
                attempts.add(new Attempt(method, unknownIds, wrong.getKey(), caller, documented, wrong.getValue()));
            }
        }
        return attempts;
    }

    /** The operation's own fields, every one null, of the wrong type, oversized, or an injection. */
    private static List<String> fromSchema(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        List<String> names = new ArrayList<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> bodies = new ArrayList<>();
        for (Object value : new Object[] { null, 12345, "x".repeat(10_000), true, "'; drop table penalty_case; --",
                "<script>alert(1)</script>", -1e300, List.of(), Map.of("a", 1) }) {
            ObjectNode body = JSON.createObjectNode();
            for (String name : names) {
                body.set(name, JSON.valueToTree(value));
            }
            bodies.add(body.toString());
        }
        return bodies;
    }

    /**
     * Bodies refused before any record is looked at, each with its code: a field named twice, a null inside a list, a
     * date of a year no record is about.
     */
    private static Map<String, String> wrongWhateverTheRecord(JsonNode document, JsonNode schema) {
        Map<String, String> bodies = new LinkedHashMap<>();
        JsonNode properties = resolve(document, schema).path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            if (bodies.isEmpty()) {
                bodies.put("{\"%s\":null,\"%s\":null}".formatted(name, name), "DUPLICATE_FIELD");
            }
            JsonNode property = resolve(document, properties.path(name));
            if ("array".equals(property.path("type").asText())) {
                bodies.put("{\"%s\":[null]}".formatted(name), "MALFORMED_FIELD");
            }
            if (List.of("date", "date-time").contains(property.path("format").asText())) {
                HUGE_AND_NEGATIVE_YEARS.forEach(year -> bodies.put("{\"%s\":\"%s\"}".formatted(name, year), "MALFORMED_FIELD"));
            }
        });
        return bodies;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String bodyless(String method) {
        return "GET".equals(method) || "DELETE".equals(method) ? null : "{}";
    }

    private static String callerOf(String path) {
        return CALLER.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("cc-officer-1");
    }

    private static int serviceOf(String path) {
        return SERVICE.entrySet().stream().filter(e -> path.startsWith(e.getKey())
                || path.matches(e.getKey().replace("{caseId}", "[^/]+") + "(/.*)?")).map(Map.Entry::getValue).findFirst()
                .orElse(18081);
    }

    private void send(String base, Attempt attempt) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + attempt.path())).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (!ANONYMOUS.equals(attempt.caller())) {
            request.header("Authorization", "Bearer " + (attempt.caller().startsWith("client:")
                    ? tokenOfClient(attempt.caller().substring("client:".length())) : tokenOf(attempt.caller())));
        }
        if (attempt.body() == null) {
            request.method(attempt.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(attempt.method(), HttpRequest.BodyPublishers.ofString(attempt.body()));
        }
        HttpResponse<String> response = await("an answer within the rate limit").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).pollDelay(Duration.ZERO)
                .until(() -> HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()), answer -> answer.statusCode() != 429);
        sent++;
        statuses.merge(response.statusCode(), 1, Integer::sum);
        codeOf(response).ifPresent(codesAnswered::add);
        String what = attempt.method() + " " + base + abbreviated(attempt.path()) + " " + abbreviated(String.valueOf(attempt.body()))
                + " -> " + response.statusCode();
        if (response.statusCode() == 401 && !ANONYMOUS.equals(attempt.caller())) {
            failures.add(what + ": the caller's token was not taken, so the input was never tried");
        } else if (response.statusCode() >= 500) {
            failures.add(what + " " + abbreviated(response.body()));
        } else if (response.statusCode() >= 400 && codeOf(response).isEmpty()) {
            failures.add(what + " without a problem code: " + abbreviated(response.body()));
        } else if (response.statusCode() >= 400 && !attempt.documented().contains(codeOf(response).get())) {
            failures.add(what + " answered " + codeOf(response).get() + ", which the operation's documentation does not list");
        } else if (response.statusCode() < 400 && (attempt.refusal() != null || !"GET".equals(attempt.method()))) {
            failures.add(what + ": accepted");
        } else if (attempt.refusal() != null && !ANY_REFUSAL.equals(attempt.refusal()) && !REFUSED_AT_THE_DOOR.contains(response.statusCode())
                && !codeOf(response).orElseThrow().equals(attempt.refusal())) {
            failures.add(what + " answered " + codeOf(response).get() + ", not " + attempt.refusal());
        }
    }

    private static Optional<String> codeOf(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(response.body()).path("code").textValue());
        } catch (Exception notJson) {
            return Optional.empty();
        }
    }

    /** The page the problem's type URI names answers, in both languages. */
    private void explained(String code) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(PlatformUnderTest.GATEWAY + "/problems/"
                + Problem.slugOf(code))).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("lang=\"zh-CN\"") || !page.body().contains("lang=\"en\"")) {
            failures.add(code + " has no page explaining it: " + page.statusCode());
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private static String newestCase() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(PlatformUnderTest.GATEWAY + "/api/v1/cases?limit=1"))
                .header("Authorization", "Bearer " + tokenOf("cc-head")).build(), HttpResponse.BodyHandlers.ofString());
        Iterator<JsonNode> cases = JSON.readTree(page.body()).path("cases").elements();
        return cases.hasNext() ? cases.next().path("caseId").asText() : null;
    }
}
