import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every act of a general case, measured the same way: CASES cases are taken through the procedure one act at a
 * time (all cases through filing, then all through approval, ...), CONCURRENCY requests at once through a gateway,
 * and for each act it prints the rate, the p50 and p95 latency, and the SQL statements the serving service ran per
 * act (its enforcement_sql_statements_total, split into those of the request and the background work the act set
 * off: the outbox relay, other services' events). Usage, against a started platform:
 *
 *   java benchmarks/ActsBenchmark.java [gateway, default http://127.0.0.1:8080] [cases, default 100] [concurrency, default 8]
 */
public class ActsBenchmark {

    static final String KEYCLOAK = "http://127.0.0.1:8180/realms/enforcement/protocol/openid-connect/token";
    static final String CASE_SERVICE = "http://127.0.0.1:8081";
    static final String EVIDENCE_SERVICE = "http://127.0.0.1:8082";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
    static final Pattern STATEMENTS = Pattern.compile("enforcement_sql_statements_total\\{origin=\"(\\w+)\"[^}]*} ([0-9.E]+)");

    static String gateway;
    static String officer;
    static String head;
    static String bank;
    static String credential;

    record Act(String name, String service, Function<String, HttpRequest> request, int expectedStatus) {
    }

    public static void main(String[] args) throws Exception {
        gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String realm = Files.readString(Path.of("deploy/keycloak/enforcement-realm.json"));
        officer = userToken("cc-officer-1", realm);
        head = userToken("cc-head", realm);
        bank = clientToken("payment-platform", realm);
        credential = field(send(get("/api/v1/officers", officer)).body(), "credentialInForce");
        String second = field(send(get("/api/v1/officers", userToken("cc-officer-2", realm))).body(), "credentialInForce");
        String filing = """
                {"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"基准测试","partyIdentifier":"11010519491231002X",
                 "violationItems":["RA-01"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"长春绕城高速治超站",
                 "facts":"吉A98765号货车车货总重超过限定标准","handlingCredentials":["%s","%s"]}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1), credential, second);
        String decision = "{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}";

        List<Act> acts = List.of(
                new Act("approve filing", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/filing-approval", head, ""), 200),
                new Act("propose penalty", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/proposal", officer,
                        "{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}"), 200),
                new Act("upload evidence (64 kB)", EVIDENCE_SERVICE, ActsBenchmark::upload, 201),
                new Act("notify the party", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/notice", officer, ""), 200),
                new Act("record statement", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/statements", officer,
                        "{\"content\":\"当事人书面放弃陈述申辩\",\"waiveStatementPeriod\":true}"), 200),
                new Act("decide", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/decision", head, decision), 200),
                new Act("serve the decision", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/service", officer,
                        "{\"method\":\"DIRECT\",\"servedAt\":\"" + Instant.now() + "\"}"), 200),
                new Act("confirm payment (bank)", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/payments", bank,
                        "{\"amount\":3000,\"paidAt\":\"" + Instant.now() + "\",\"bankReference\":\"BOC-" + id.substring(0, 8) + "\"}"), 200),
                new Act("close", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/closure", head, ""), 200),
                new Act("archive", CASE_SERVICE, id -> post("/api/v1/cases/" + id + "/archive", head, ""), 200),
                new Act("read one case", CASE_SERVICE, id -> get("/api/v1/cases/" + id, officer), 200));

        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        warmUp(pool, filing, Math.max(20, cases / 5));
        System.out.printf("every act of a general case, %d cases, %d at a time, through %s%n", cases, concurrency, gateway);
        System.out.printf("%-26s %9s %9s %9s %12s %12s%n", "act", "acts/s", "p50 ms", "p95 ms", "SQL/act", "+background");
        String[] ids = new String[cases];
        Arrays.fill(ids, "");
        measure(pool, new Act("file (general)", CASE_SERVICE, id -> post("/api/v1/cases", officer, filing), 201), ids,
                response -> field(response.body(), "caseId"));
        for (Act act : acts) {
            if (act.name().startsWith("notify")) {
                awaitEvidenceKnown(ids);
            }
            measure(pool, act, ids, response -> null);
        }
        pool.shutdown();
    }

    /** Cases taken through the first acts, so that the JIT has compiled what the measured run calls. */
    static void warmUp(ExecutorService pool, String filing, int cases) throws Exception {
        String[] ids = new String[cases];
        Arrays.fill(ids, "");
        run(pool, ids, id -> post("/api/v1/cases", officer, filing), 201, response -> field(response.body(), "caseId"));
        run(pool, ids, id -> post("/api/v1/cases/" + id + "/filing-approval", head, ""), 200, response -> null);
        run(pool, ids, id -> get("/api/v1/cases/" + id, officer), 200, response -> null);
    }

    static void measure(ExecutorService pool, Act act, String[] ids, Function<HttpResponse<String>, String> newId) throws Exception {
        double[] before = statements(act.service());
        long started = System.nanoTime();
        long[] latencies = run(pool, ids, act.request(), act.expectedStatus(), newId);
        double seconds = (System.nanoTime() - started) / 1e9;
        double[] after = settledStatements(act.service());
        Arrays.sort(latencies);
        System.out.printf("%-26s %9.0f %9.1f %9.1f %12.1f %12.1f%n", act.name(), ids.length / seconds,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.95)] / 1e6,
                (after[0] - before[0]) / ids.length, (after[1] - before[1]) / ids.length);
    }

    /** One request per case, CONCURRENCY at a time; every answer must have the expected status. */
    static long[] run(ExecutorService pool, String[] ids, Function<String, HttpRequest> request, int expected,
            Function<HttpResponse<String>, String> newId) throws Exception {
        List<Future<Long>> timings = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            int index = i;
            timings.add(pool.submit((Callable<Long>) () -> {
                long started = System.nanoTime();
                HttpResponse<String> response = send(request.apply(ids[index]));
                long took = System.nanoTime() - started;
                if (response.statusCode() != expected) {
                    throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
                }
                String id = newId.apply(response);
                if (id != null) {
                    ids[index] = id;
                }
                return took;
            }));
        }
        long[] latencies = new long[ids.length];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = timings.get(i).get();
        }
        return latencies;
    }

    /** Case-service learns of evidence from evidence-service's events; the notice needs it (PL 40). */
    static void awaitEvidenceKnown(String[] ids) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        for (String id : ids) {
            while (!send(get("/api/v1/cases/" + id, officer)).body().contains("\"evidenceCount\":1")) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("case-service did not learn of the evidence of " + id + " within 60 s");
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }

    /**
     * The statements once the background work an act set off (the relay's rounds, consumers) has run: the count
     * read until it stands still for half a second, ten seconds at most.
     */
    static double[] settledStatements(String service) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        double[] last = statements(service);
        long stillSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - stillSince < 500 && System.currentTimeMillis() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            double[] now = statements(service);
            if (!Arrays.equals(now, last)) {
                last = now;
                stillSince = System.currentTimeMillis();
            }
        }
        return last;
    }

    /** The statements a service ran so far: [in requests, in background work]. */
    static double[] statements(String service) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        double[] counted = new double[2];
        Matcher matcher = STATEMENTS.matcher(metrics);
        while (matcher.find()) {
            counted[matcher.group(1).equals("http") ? 0 : 1] = Double.parseDouble(matcher.group(2));
        }
        return counted;
    }

    static HttpRequest upload(String caseId) {
        byte[] file = new byte[64 * 1024];
        System.arraycopy(JPEG, 0, file, 0, JPEG.length);
        Arrays.fill(file, JPEG.length, file.length, (byte) 0x5A);
        return HttpRequest.newBuilder(URI.create(gateway + "/api/v1/cases/" + caseId + "/evidence?kind=AUDIO_VISUAL&stage=ON_SITE_INSPECTION"
                        + "&recordedAt=" + Instant.now() + "&recordedBy=" + credential + "&deviceId=BWC-0042"))
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
    }

    static HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token).build();
    }

    static HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    static String userToken(String user, String realm) throws Exception {
        return token("grant_type=password&client_id=enforcement-app&username=" + user + "&password=" + demoPassword(user, realm));
    }

    /** A partner's token by the client-credentials grant, with the demo secret the local realm file holds. */
    static String clientToken(String client, String realm) throws Exception {
        Matcher clientAt = Pattern.compile("\"clientId\"\\s*:\\s*\"" + client + "\"").matcher(realm);
        Matcher secret = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]*)\"").matcher(realm);
        if (!clientAt.find() || !secret.find(clientAt.end())) {
            throw new IllegalStateException("no client " + client + " in the realm file");
        }
        return token("grant_type=client_credentials&client_id=" + client + "&client_secret=" + secret.group(1));
    }

    static String demoPassword(String user, String realm) {
        Matcher userAt = Pattern.compile("\"username\"\\s*:\\s*\"" + user + "\"").matcher(realm);
        Matcher value = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]*)\"").matcher(realm);
        if (!userAt.find() || !value.find(userAt.end())) {
            throw new IllegalStateException("no user " + user + " in the realm file");
        }
        return value.group(1);
    }

    static String token(String form) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(KEYCLOAK)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return field(response.body(), "access_token");
    }
}
