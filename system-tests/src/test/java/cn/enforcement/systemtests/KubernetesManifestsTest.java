package cn.enforcement.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.testing.DemoRealm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests of deploy/kubernetes: the copies of what quarkus-kubernetes generates from each service's
 * configuration are current; every overlay renders with {@code kubectl kustomize} and validates offline against the
 * Kubernetes and KEDA schemas; and the rendered objects keep the platform's rules (probes, requests and limits, secrets
 * by reference, a disruption budget and one autoscaler per service, consumers bounded by the partitions, and network
 * policies that let only the ingress reach the gateway and only the gateway reach the services).
 */
class KubernetesManifestsTest {

    private static final List<String> SERVICES = List.of("gateway", "case-service", "evidence-service", "review-service",
            "disclosure-service", "personnel-service");
    private static final Set<String> CONSUMERS = Set.of("case-service", "evidence-service", "review-service", "disclosure-service");
    private static final int PARTITIONS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = DemoRealm.repositoryRoot();
    private static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");

    @Test
    void theGeneratedManifestsInTheRepositoryAreThoseTheBuildGeneratesFromEachServicesConfiguration() throws Exception {
        for (String service : SERVICES) {
            Path built = ROOT.resolve(service + "/target/kubernetes/kubernetes.yml");
            assertThat(built).as("built by quarkus-kubernetes").exists();
            String generated = String.join("\n", Files.readAllLines(built).stream()
                    .filter(line -> !line.contains("app.quarkus.io/commit-id")).toList());
            String kept = Files.readString(MANIFESTS.resolve("base/generated/" + service + ".yaml"));
            // compared as objects, lists in any order: quarkus-kubernetes keeps neither the order of labels nor of
            // environment variables from one build to the next
            assertThat(canonical(JSON.readTree(validated(kept))))
                    .as("%s: run deploy/kubernetes/generate.sh after changing its quarkus.kubernetes.* settings", service)
                    .isEqualTo(canonical(JSON.readTree(validated(generated))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "production", "local" })
    void theOverlayRendersValidatesAndKeepsThePlatformsRules(String overlay) throws Exception {
        String rendered = run(List.of("kubectl", "kustomize", MANIFESTS.resolve("overlays/" + overlay).toString()), null);
        List<JsonNode> objects = StreamSupport.stream(JSON.readTree(validated(rendered)).spliterator(), false).toList();

        assertThat(objects).noneMatch(o -> kind(o).equals("Secret"));
        for (String service : SERVICES) {
            JsonNode deployment = one(objects, "Deployment", service);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(service).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(service).isEqualTo("/q/health/live");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).as(service).isEqualTo("/q/health/started");
            assertThat(container.at("/resources/requests/cpu").asText()).as(service).isNotEmpty();
            assertThat(container.at("/resources/requests/memory").asText()).as(service).isNotEmpty();
            assertThat(container.at("/resources/limits/memory").asText()).as(service).isNotEmpty();
            for (JsonNode variable : container.path("env")) {
                if (variable.path("name").asText().matches(".*(PASSWORD|SECRET|_KEY)$")) {
                    assertThat(variable.has("value")).as("%s %s given by value", service, variable.path("name")).isFalse();
                    assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("enforcement-secrets");
                }
            }
            assertThat(container.at("/envFrom/0/configMapRef/name").asText()).as(service).isEqualTo("enforcement-config");
            assertThat(one(objects, "Service", service).at("/spec/selector/app.kubernetes.io~1name").asText()).isEqualTo(service);
            assertThat(one(objects, "PodDisruptionBudget", service).at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText())
                    .isEqualTo(service);
            assertThat(one(objects, "PodDisruptionBudget", service).at("/spec/minAvailable").asInt()).isEqualTo(1);
            scaling(objects, overlay, service);
        }
        networkPolicies(objects);
        if (overlay.equals("production")) {
            JsonNode ingress = one(objects, "Ingress", "enforcement");
            assertThat(ingress.findValues("service")).allSatisfy(backend -> assertThat(backend.path("name").asText()).isEqualTo("gateway"));
            assertThat(one(objects, "Deployment", "case-service").at("/spec/template/spec/containers/0/image").asText())
                    .isEqualTo("registry.example.cn/enforcement/case-service:1.0.0");
        }
    }

    /** A consumer scales with KEDA up to the partitions of a topic; the others with a CPU autoscaler; each by one only. */
    private static void scaling(List<JsonNode> objects, String overlay, String service) {
        List<JsonNode> autoscalers = objects.stream().filter(o -> kind(o).equals("HorizontalPodAutoscaler")
                && o.at("/spec/scaleTargetRef/name").asText().equals(service)).toList();
        List<JsonNode> scaledObjects = objects.stream().filter(o -> kind(o).equals("ScaledObject")
                && o.at("/spec/scaleTargetRef/name").asText().equals(service)).toList();
        if (CONSUMERS.contains(service) && overlay.equals("production")) {
            assertThat(autoscalers).as("%s is scaled by its ScaledObject alone", service).isEmpty();
            assertThat(scaledObjects).hasSize(1);
            JsonNode scaled = scaledObjects.get(0);
            assertThat(scaled.at("/spec/maxReplicaCount").asInt()).as(service).isBetween(2, PARTITIONS);
            assertThat(scaled.at("/spec/triggers").findValuesAsText("consumerGroup")).containsExactly(service);
        } else if (CONSUMERS.contains(service)) {
            assertThat(autoscalers).isEmpty();
            assertThat(scaledObjects).isEmpty();
        } else {
            assertThat(scaledObjects).isEmpty();
            assertThat(autoscalers).as("%s has one CPU autoscaler", service).hasSize(1);
            assertThat(autoscalers.get(0).at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        }
    }

    private static void networkPolicies(List<JsonNode> objects) {
        List<JsonNode> policies = objects.stream().filter(o -> kind(o).equals("NetworkPolicy")).toList();
        assertThat(policies).as("a default deny of all ingress").anySatisfy(p -> {
            assertThat(p.at("/spec/podSelector").isEmpty()).isTrue();
            assertThat(p.at("/spec/ingress").isMissingNode()).isTrue();
        });
        JsonNode gateway = one(objects, "NetworkPolicy", "gateway-from-ingress");
        assertThat(gateway.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("gateway");
        assertThat(gateway.at("/spec/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("ingress-nginx");
        JsonNode services = one(objects, "NetworkPolicy", "services-from-gateway");
        List<String> guarded = new ArrayList<>();
        services.at("/spec/podSelector/matchExpressions/0/values").forEach(v -> guarded.add(v.asText()));
        assertThat(guarded).containsExactlyInAnyOrderElementsOf(SERVICES.stream().filter(s -> !s.equals("gateway")).toList());
        assertThat(services.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("gateway");
        assertThat(services.at("/spec/ingress").size()).as("no other way in").isEqualTo(1);
    }

    /** The object with every list's elements in one order, so that two renderings differing only in order are equal. */
    private static JsonNode canonical(JsonNode node) {
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(element -> elements.add(canonical(element)));
            elements.sort(Comparator.comparing(JsonNode::toString));
            return JSON.createArrayNode().addAll(elements);
        }
        if (node.isObject()) {
            var object = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> object.set(field.getKey(), canonical(field.getValue())));
            return object;
        }
        return node;
    }

    private static JsonNode one(List<JsonNode> objects, String kind, String name) {
        List<JsonNode> found = objects.stream().filter(o -> kind(o).equals(kind) && o.at("/metadata/name").asText().equals(name)).toList();
        assertThat(found).as("%s %s", kind, name).hasSize(1);
        return found.get(0);
    }

    private static String kind(JsonNode object) {
        return object.path("kind").asText();
    }

    /** The rendered objects, validated against their schemas by deploy/kubernetes/validate (installed from npm on first use). */
    private static String validated(String rendered) throws Exception {
        Path validator = MANIFESTS.resolve("validate");
        if (!Files.isDirectory(validator.resolve("node_modules"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", validator.toString()), null);
        }
        return run(List.of("node", validator.resolve("validate.mjs").toString()), rendered);
    }

    private static String run(List<String> command, String input) throws Exception {
        Path errors = Files.createTempFile("manifests", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            if (input != null) {
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            } else {
                process.getOutputStream().close();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
            assertThat(process.exitValue()).as("%s: %s", command, Files.readString(errors)).isZero();
            return output;
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
