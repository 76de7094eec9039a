package cn.enforcement.platform.problem;

import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.idempotency.IdempotentCommandInterceptor;
import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.Problem;
import cn.enforcement.problem.ProblemDocumentation;
import cn.enforcement.problem.ProblemType;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, on every operation of every service, the refusals it may answer: each problem {@code code} its
 * code can throw ({@link OperationRefusals}), listed in {@value ProblemDocumentation#OPERATION_CODES}, under a response per status
 * and in a table of the description; and what a refusal looks like, a {@link Problem} as
 * {@value Problem#MEDIA_TYPE}. The document also carries every problem type of the service with its meaning
 * in English and Chinese ({@value ProblemDocumentation#TYPES}), from which the gateway serves the pages the {@code type} URIs
 * name; and the codes any operation may answer ({@value ProblemDocumentation#COMMON_CODES}).
 */
public final class ProblemResponses {

    private static final String SCHEMA = "Problem";

    private final Map<String, Set<ProblemType>> refusals = new HashMap<>();
    private final Set<String> idempotentCommands = new HashSet<>();

    public ProblemResponses(Collection<Class<?>> serviceClasses) {
        readEveryOperation(serviceClasses);
    }

    public Operation document(Operation operation) {
        Set<ProblemType> types = refusals.getOrDefault(operation.getOperationId(), Set.of());
        if (idempotentCommands.contains(operation.getOperationId())) {
            operation.addParameter(OASFactory.createParameter().name(IdempotentCommandInterceptor.HEADER).in(Parameter.In.HEADER)
                    .description("A key of the client's for this command (e.g. a UUID): a repeat with the same key and body gets"
                            + " the first answer (header " + IdempotentCommandInterceptor.REPLAY_HEADER + ": true) and no second"
                            + " effect, so a command whose answer was lost can be sent again; the same key with another body is"
                            + " refused (IDEMPOTENCY_KEY_REUSED)")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(8).maxLength(255)));
        }
        operation.getResponses()
                .addAPIResponse("4XX", problem("Refused: a problem (RFC 9457) with a stable code to branch on"))
                .addAPIResponse("5XX", problem("The platform failed (503 unavailable, 504 too slow): retry later"));
        if (!types.isEmpty()) {
            types.stream().collect(Collectors.groupingBy(ProblemType::status, TreeMap::new, Collectors.toList()))
                    .forEach((status, refused) -> operation.getResponses().addAPIResponse(String.valueOf(status),
                            problem("Refused: " + refused.stream().map(ProblemType::code).collect(Collectors.joining(", ")))));
            operation.addExtension(ProblemDocumentation.OPERATION_CODES, types.stream().map(ProblemType::code).toList());
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                    + refusalTable(types));
        }
        return operation;
    }

    public void document(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail; code is stable, legalBasis cites the article of a refusal by a rule of law")
                .required(List.of("type", "title", "status", "code"))
                // the example names a fixed host: the document is the same wherever it is served
                .examples(List.of(Map.of("type", "https://enforcement.example.cn/problems/" + Problem.slugOf("LIMITATION_PERIOD_EXPIRED"), "title", "Limitation period expired",
                        "status", 422, "code", "LIMITATION_PERIOD_EXPIRED", "legalBasis", "PL 36",
                        "detail", "违法行为在二年内未被发现的，不再给予行政处罚: the act ended on 2024-03-01, more than 2 years ago",
                        "instance", "/api/v1/cases")))
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
        openAPI.addExtension(ProblemDocumentation.TYPES, described(everyType()));
        openAPI.addExtension(ProblemDocumentation.COMMON_CODES, PlatformProblem.ANY_REQUEST.stream().map(ProblemType::code).toList());
    }

    /** Every problem type of the service: the whole enums its operations throw from, and the platform's. */
    private Set<ProblemType> everyType() {
        Set<ProblemType> every = new TreeSet<>(Comparator.comparing(ProblemType::code));
        every.addAll(List.of(PlatformProblem.values()));
        refusals.values().stream().flatMap(Set::stream).map(type -> type.getClass().getEnumConstants())
                .forEach(constants -> every.addAll(List.of(constants)));
        return every;
    }

    private static Map<String, Map<String, Object>> described(Set<ProblemType> types) {
        Map<String, Map<String, Object>> described = new LinkedHashMap<>();
        types.forEach(type -> described.put(type.code(), ProblemDocumentation.described(type)));
        return described;
    }

    private static String refusalTable(Set<ProblemType> types) {
        StringBuilder table = new StringBuilder("Refusals besides those of every operation (`code`, status, meaning):\n\n"
                + "| code | status | meaning |\n|---|---|---|\n");
        types.stream().sorted(Comparator.comparing(ProblemType::status).thenComparing(ProblemType::code))
                .forEach(type -> table.append("| `").append(type.code()).append("` | ").append(type.status()).append(" | ")
                        .append(type.text().titleZh()).append(": ").append(type.text().meaning()).append(" |\n"));
        return table.toString().stripTrailing();
    }

    /** Every method with an {@code @Operation} of the service's classes (resources and routes alike). */
    private void readEveryOperation(Collection<Class<?>> classes) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Map<String, Set<ProblemType>> found = RefusalIndex.read(loader).orElseGet(() -> read(classes, loader));
        found.forEach((operation, types) -> refusals.put(operation, types.stream()
                .filter(refusal -> !PlatformProblem.ANY_REQUEST.contains(refusal))
                .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(ProblemType::code))))));
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                boolean command = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class);
                if (command && (method.isAnnotationPresent(IdempotentCommand.class) || type.isAnnotationPresent(IdempotentCommand.class))) {
                    OperationRefusals.operationIdOf(method).ifPresent(idempotentCommands::add);
                }
            }
        }
    }

    /** Without the index the build writes (a service run from an IDE): the same reader, at start. */
    private static Map<String, Set<ProblemType>> read(Collection<Class<?>> classes, ClassLoader loader) {
        OperationRefusals reader = new OperationRefusals(loader);
        Map<String, Set<ProblemType>> found = new HashMap<>();
        classes.forEach(type -> found.putAll(reader.of(type)));
        return found;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent().addMediaType(
                Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
