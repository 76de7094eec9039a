package cn.enforcement.systemtests;

import cn.enforcement.platform.testing.DemoRealm;
import cn.enforcement.platform.testing.KafkaRecords;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the six services from their built jars, once for all system tests, on ports of their own
 * (1808x) with their own databases and topic prefix, so a platform already running on 808x is
 * neither disturbed nor seen. Stops them when the test run ends.
 */
public class PlatformUnderTest implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String GATEWAY = "http://127.0.0.1:18080";
    /** The gateway's health and metrics are on its management port, never on the public one. */
    static final int GATEWAY_MANAGEMENT_PORT = 18090;
    public static final String TOPIC_PREFIX = "systest.";
    /** The port of every service's second instance: its first one's plus this (case-service 18181, the gateway 18180). */
    static final int REPLICA_OFFSET = 100;

    private static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("personnel-service", 18085);
        SERVICES.put("case-service", 18081);
        SERVICES.put("evidence-service", 18082);
        SERVICES.put("review-service", 18083);
        SERVICES.put("disclosure-service", 18084);
        SERVICES.put("gateway", 18080);
    }

    private static boolean started;
    private final List<Process> processes = new ArrayList<>();

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started) {
            return;
        }
        started = true;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PlatformUnderTest.class.getName(), this);
        emptyTopics();
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            processes.add(startInstance(service.getKey(), service.getValue(), true));
        }
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            awaitReady(service.getKey(), healthPort(service.getKey(), service.getValue()), Duration.ofSeconds(180), processes);
        }
        awaitAgencyRegistryEverywhere();
    }

    /**
     * Ready, for the tests, means every service knows the agency registry personnel-service publishes at start-up: the
     * last agency of the shipped registry is accepted by disclosure's roster, review's complaints and case-service's search.
     */
    private static void awaitAgencyRegistryEverywhere() {
        String last = "222400001";
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Gateway.anonymous().get("/public/v1/officers?agency=" + last).then().statusCode(200);
            Gateway.as("province-supervisor").get("/api/v1/complaints?agencyCode=" + last).then().statusCode(200);
            Gateway.as("province-supervisor").get("/api/v1/cases?agency=" + last).then().statusCode(200);
        });
    }

    /**
     * Empties the system tests' topics as their databases are emptied: the events of an earlier run name cases,
     * credentials and numbers that exist no more (a credential number is given again from an empty database). The
     * services' committed offsets then lie before the topics' new start, and they read on from there.
     */
    private static void emptyTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaRecords.bootstrap()))) {
            List<String> topics = admin.listTopics().names().get().stream().filter(topic -> topic.startsWith(TOPIC_PREFIX)).toList();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((name, topic) -> topic.partitions()
                    .forEach(partition -> ends.put(new TopicPartition(name, partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, RecordsToDelete> everything = new HashMap<>();
            admin.listOffsets(ends).all().get().forEach((partition, end) -> everything.put(partition, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(everything).all().get();
        }
    }

    /** The services in start order, each with the port of its first instance. */
    static Map<String, Integer> services() {
        return SERVICES;
    }

    /** The gateway answers health on its management port (its port + 10); a service on its own port. */
    static int healthPort(String service, int port) {
        return "gateway".equals(service) ? port + 10 : port;
    }

    /**
     * Starts one instance of a service from its jar on the port given, with the system tests' databases and topic
     * prefix; a gateway knows both instances of every service and takes whichever are ready in turn.
     */
    static Process startInstance(String service, int port) throws IOException {
        return startInstance(service, port, false);
    }

    /**
     * The first start of a run empties the system tests' databases: the local object store is new with every clone
     * while PostgreSQL outlives it, and the tests (the restore drill, the feed) read the state whole.
     */
    private static Process startInstance(String service, int port, boolean emptyDatabase) throws IOException {
        Path root = DemoRealm.repositoryRoot();
        Path logs = root.resolve("system-tests/target/logs");
        Files.createDirectories(logs);
        Path jar = root.resolve(service + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./platform.sh test does)");
        }
        String log = service + (port == SERVICES.get(service) ? "" : "-" + port) + ".log";
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(log).toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("GATEWAY_MANAGEMENT_PORT", String.valueOf(port + 10));
        env.put("ENFORCEMENT_KAFKA_TOPIC_PREFIX", TOPIC_PREFIX);
        env.put("PROBLEMS_TYPE_BASE", GATEWAY + "/problems/");
        // the system tests' gateways keep their rate-limit buckets apart from a platform running on this machine
        env.put("GATEWAY_RATE_LIMIT_STORE_KEY_PREFIX", "systest:gateway:rate:");
        // the bad-input corpus files many complaints: a token back every second, not every twelve minutes
        env.put("GATEWAY_COMPLAINT_REFILL_EVERY", "PT1S");
        if (emptyDatabase) {
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        }
        env.put("PERSONNEL_DB_NAME", "personnel_systest");
        env.put("CASES_DB_NAME", "cases_systest");
        env.put("EVIDENCE_DB_NAME", "evidence_systest");
        env.put("REVIEW_DB_NAME", "review_systest");
        env.put("DISCLOSURE_DB_NAME", "disclosure_systest");
        env.put("PERSONNEL_SERVICE_URL", instances(18085));
        env.put("CASE_SERVICE_URL", instances(18081));
        env.put("EVIDENCE_SERVICE_URL", instances(18082));
        env.put("REVIEW_SERVICE_URL", instances(18083));
        env.put("DISCLOSURE_SERVICE_URL", instances(18084));
        // the supervision push may reach the receivers the tests start on 127.0.0.1, and gives up on them quickly
        env.put("SUPERVISION_PUSH_ALLOWED_TARGETS", "http://127.0.0.1:*");
        env.put("SUPERVISION_PUSH_EVERY", "1s");
        env.put("SUPERVISION_PUSH_MAX_FAILURES", "3");
        env.put("SUPERVISION_PUSH_BACKOFF_BASE", "PT0.5S");
        return builder.start();
    }

    /** Both instances of the service on PORT: the second runs only while a test (the fault drill) starts it. */
    private static String instances(int port) {
        return "http://127.0.0.1:" + port + ",http://127.0.0.1:" + (port + REPLICA_OFFSET);
    }

    static void awaitReady(String name, int port, Duration timeout, List<Process> starting) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Awaitility.await(name + " ready on :" + port + " (see system-tests/target/logs)")
                .atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (starting.stream().anyMatch(p -> !p.isAlive())) {
                        throw new IllegalStateException("a service exited while starting; see system-tests/target/logs");
                    }
                    try {
                        return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException stillStarting) {
                        return false;
                    }
                });
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
