package cn.enforcement.gateway.api;

import cn.enforcement.gateway.domain.RouteTable;
import cn.enforcement.gateway.domain.Upstream;
import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemDocumentation;
import cn.enforcement.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One OpenAPI document for the whole platform: the paths and schemas of every service behind the
 * gateway, with Keycloak login for Swagger UI. A service that is down is left out and named in the
 * description rather than failing the whole document.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String MISSING = "x-missing-services";

    /** The problem types the gateway itself answers with: its own and every service's common ones. */
    private static final List<ProblemType> GATEWAY_TYPES = Stream.concat(Stream.of(PlatformProblem.values()),
            Stream.of(GatewayProblem.values())).map(ProblemType.class::cast).toList();

    private static final String DESCRIPTION = "Every service of the platform behind one gateway. A refusal is an RFC 9457"
            + " problem (application/problem+json) with a stable `code`: each operation lists the codes it may answer in"
            + " `x-problem-codes` and in its description, `x-common-problem-codes` lists those any request may answer,"
            + " and each problem's `type` URI opens a page (/problems/{code}) explaining it in Chinese and English.";

    /** The tags of the operations, in the order a reader meets them, each with what it covers. */
    private static final String[][] TAGS = {
        { "cases", "Penalty cases: file (立案), find and read them with their deadlines and timeline" },
        { "case procedure", "The acts of the Administrative Penalty Law on a case, from the intended penalty to closure" },
        { "documents", "Enforcement documents (执法文书): numbered, reasoned PDFs issued at their steps, with a public verification" },
        { "evidence", "The full-process record (全过程记录): evidence taken in, its custody, holds and downloads" },
        { "agencies", "The registry of enforcement agencies (执法主体名录): names, codes, credit codes, parents, periods in force" },
        { "officers", "Enforcement officers, their training and qualification exams" },
        { "credentials", "Enforcement credentials (执法证件): issue, suspension, annual review, validity at an instant" },
        { "reviews", "Legal review of major decisions (法制审核) and the heads' collective discussion (集体讨论)" },
        { "file checks", "The automated checks of every closed case file (案卷自动评查) and what they found" },
        { "evaluation", "Case-file evaluation by double random sampling (案卷评查, 双随机): rounds, scores, results" },
        { "complaints", "Complaints and reports from the public (投诉举报) as the staff route, handle and answer them" },
        { "ledger", "The problem ledger (问题清单台账): problems found, rectified and closed one by one (逐条销号)" },
        { "disclosure", "What an agency publishes: its profile, decisions after enforcement, annual statistics" },
        { "rule data", "The province's violation catalogue with its discretion benchmarks, and the working calendar" },
        { "public", "Pages and data for the public, without a token" },
        { "operations", "For the platform's operators: each service's dead letters (死信), read and replayed once their cause is mended" },
        { "partners", "For partner systems: the supervision feed of the supervision platforms (执法监督平台), the criminal-transfer channel of public security and procuratorates (行刑衔接) with the sealed evidence packages" } };

    private final HttpClient client;
    private final Set<Upstream> upstreams;
    private final String openIdConfiguration;

    OpenApiAggregator(Vertx vertx, RouteTable routes,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.client = vertx.createHttpClient();
        this.upstreams = routes.upstreams();
        this.openIdConfiguration = authServerUrl + "/.well-known/openid-configuration";
    }

    public void handle(RoutingContext ctx) {
        document().onSuccess(merged -> ctx.response().putHeader("Content-Type", "application/json").end(merged.toString()));
    }

    /** The merged document; {@code info.x-missing-services} names the services that did not answer. */
    Future<ObjectNode> document() {
        List<Future<JsonNode>> documents = new ArrayList<>();
        upstreams.forEach(upstream -> documents.add(fetch(upstream)));
        return Future.join(documents).transform(done -> {
            ObjectNode merged = skeleton();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                Future<JsonNode> document = documents.get(i);
                if (document.succeeded()) {
                    mergeInto(merged, document.result());
                } else {
                    missing.add(new ArrayList<>(upstreams).get(i).toString());
                }
            }
            ObjectNode info = (ObjectNode) merged.get("info");
            info.put("description", DESCRIPTION + (missing.isEmpty() ? ""
                    : "\n\nServices not answering now, so missing here: " + String.join(", ", missing)));
            if (!missing.isEmpty()) {
                info.putArray(MISSING).addAll(missing.stream().map(TextNode::valueOf).toList());
            }
            return Future.succeededFuture(merged);
        });
    }

    /** From the next instance in turn, or another if that one refuses the connection (e.g. it just stopped). */
    private Future<JsonNode> fetch(Upstream service) {
        return UpstreamReadiness.inTurn(service, instance -> fetchFrom(instance.uri()));
    }

    private Future<JsonNode> fetchFrom(URI upstream) {
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.getHost())
                        .setPort(upstream.getPort()).setURI("/q/openapi?format=json").setTimeout(5000))
                .compose(request -> request.send())
                .compose(HttpClientResponse::body)
                .map(OpenApiAggregator::parse);
    }

    private static JsonNode parse(Buffer body) {
        try {
            return JSON.readTree(body.getBytes());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not an OpenAPI document", e);
        }
    }

    private ObjectNode skeleton() {
        ObjectNode document = JSON.createObjectNode();
        document.put("openapi", "3.1.0");
        document.putObject("info").put("title", "Transport enforcement platform API (交通运输综合执法平台)")
                .put("version", "1.0.0").putObject("license")
                .put("name", "Proprietary: the province's transport enforcement agencies").put("identifier", "LicenseRef-Proprietary");
        document.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = document.putArray("tags");
        for (String[] tag : TAGS) {
            tags.addObject().put("name", tag[0]).put("description", tag[1]);
        }
        document.putObject("paths");
        ObjectNode types = document.putObject(ProblemDocumentation.TYPES);
        ArrayNode common = document.putArray(ProblemDocumentation.COMMON_CODES);
        for (ProblemType type : GATEWAY_TYPES) {
            types.set(type.code(), JSON.valueToTree(ProblemDocumentation.described(type)));
        }
        PlatformProblem.ANY_REQUEST.forEach(type -> common.add(type.code()));
        for (GatewayProblem type : GatewayProblem.values()) {
            common.add(type.code());
        }
        ObjectNode components = document.putObject("components");
        components.putObject("schemas");
        components.putObject("securitySchemes").putObject("keycloak")
                .put("type", "openIdConnect").put("openIdConnectUrl", openIdConfiguration);
        document.putArray("security").addObject().putArray("keycloak");
        return document;
    }

    /**
     * Adds a service's paths, schemas and problem types. Two services defining one schema name, or one problem
     * code, differently would give clients a wrong model: the name is listed under {@code x-schema-conflicts}
     * or {@code x-problem-type-conflicts} (a system test keeps both empty).
     */
    private static void mergeInto(ObjectNode merged, JsonNode service) {
        ObjectNode types = (ObjectNode) merged.get(ProblemDocumentation.TYPES);
        service.path(ProblemDocumentation.TYPES).fields().forEachRemaining(type -> {
            JsonNode earlier = types.get(type.getKey());
            if (earlier != null && !earlier.equals(type.getValue())) {
                merged.withArray("x-problem-type-conflicts").add(type.getKey());
            }
            types.set(type.getKey(), type.getValue());
        });
        ObjectNode paths = (ObjectNode) merged.get("paths");
        service.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
        ObjectNode components = (ObjectNode) merged.get("components");
        ObjectNode schemas = (ObjectNode) components.get("schemas");
        service.path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode earlier = schemas.get(schema.getKey());
            if (earlier != null && !earlier.equals(schema.getValue())) {
                merged.withArray("x-schema-conflicts").add(schema.getKey());
            }
            schemas.set(schema.getKey(), schema.getValue());
        });
        service.path("components").path("securitySchemes").fields()
                .forEachRemaining(scheme -> ((ObjectNode) components.get("securitySchemes")).set(scheme.getKey(), scheme.getValue()));
    }
}
