import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads generated files of 1 MB, 100 MB and 1 GB through the gateway and straight to the object
 * store (a presigned URL) with the same HTTP client, and prints throughput and evidence-service's
 * peak RSS during each upload. Run against a platform started with ./platform.sh start:
 *
 *   java benchmarks/UploadBenchmark.java
 */
public class UploadBenchmark {

    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String KEYCLOAK = "http://127.0.0.1:8180";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final long[] SIZES = { 1L << 20, 100L << 20, 1L << 30 };
    /** Rounds per size: small uploads take milliseconds, so they are measured more often for a steady median. */
    static final int[] ROUNDS = { 15, 7, 3 };
    /** Enough uploads for the JIT to compile the hot paths of gateway and service, paced under the rate limit. */
    static final int WARM_UP = 60;
    static final long WARM_UP_PAUSE_MILLIS = 100;

    public static void main(String[] args) throws Exception {
        String realm = Files.readString(Path.of("deploy/keycloak/enforcement-realm.json"));
        String officer = token("cc-officer-1", realm);
        String head = token("cc-head", realm);
        String credential1 = field(get("/api/v1/officers", officer), "credentialInForce");
        String credential2 = field(get("/api/v1/officers", token("cc-officer-2", realm)), "credentialInForce");
        String caseId = field(post("/api/v1/cases", officer, """
                {"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"基准测试","partyIdentifier":"11010519491231002X",
                 "violationItems":["RA-01"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"benchmark","facts":"benchmark",
                 "handlingCredentials":["%s","%s"]}""".formatted(LocalDate.now(), credential1, credential2)), "caseId");
        post("/api/v1/cases/" + caseId + "/filing-approval", head, "");
        awaitKnownToEvidenceService(caseId, officer);
        long pid = Long.parseLong(Files.readString(Path.of(".local/evidence-service.pid")).trim());

        for (int i = 0; i < WARM_UP; i++) {
            uploadThroughGateway(caseId, officer, 1L << 20);
            putDirect(presignedPart(caseId, officer, 1L << 20, sha256Of(1L << 20), credential1), 1L << 20);
            TimeUnit.MILLISECONDS.sleep(WARM_UP_PAUSE_MILLIS);
        }
        System.out.printf("medians of %s rounds after %d warm-up uploads each way%n", java.util.Arrays.toString(ROUNDS), WARM_UP);
        System.out.printf("%-8s %14s %14s %8s %16s%n", "size", "gateway MB/s", "direct MB/s", "ratio", "peak RSS (MB)");
        String fixedCost = "";
        for (int index = 0; index < SIZES.length; index++) {
            long size = SIZES[index];
            String sha256 = sha256Of(size);
            int rounds = ROUNDS[index];
            double[] viaGateway = new double[rounds];
            double[] direct = new double[rounds];
            long peak = 0;
            for (int round = 0; round < rounds; round++) {
                RssSampler rss = new RssSampler(pid);
                viaGateway[round] = throughput(size, () -> uploadThroughGateway(caseId, officer, size));
                peak = Math.max(peak, rss.stop());
                String partUrl = presignedPart(caseId, officer, size, sha256, credential1);
                direct[round] = throughput(size, () -> putDirect(partUrl, size));
            }
            double gatewayMedian = median(viaGateway);
            double directMedian = median(direct);
            System.out.printf("%-8s %14.1f %14.1f %7.0f%% %16d%n", label(size), gatewayMedian, directMedian,
                    100 * gatewayMedian / directMedian, peak >> 20);
            if (size == SIZES[0]) {
                fixedCost = String.format("1 MB takes %.1f ms through the gateway and %.1f ms straight to the store (medians)",
                        1000 / gatewayMedian, 1000 / directMedian);
            }
        }
        System.out.println(fixedCost);
        double[] roundTrip = new double[ROUNDS[0]];
        for (int round = 0; round < roundTrip.length; round++) {
            long started = System.nanoTime();
            get("/api/v1/cases/" + caseId + "/evidence", officer);
            roundTrip[round] = (System.nanoTime() - started) / 1e6;
        }
        System.out.printf("an authenticated read of the case's evidence list through the gateway takes %.1f ms (median)%n",
                median(roundTrip));
    }

    /** Evidence-service learns of the case from its CaseFiled event, within seconds. */
    static void awaitKnownToEvidenceService(String caseId, String token) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/cases/" + caseId + "/evidence"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("evidence-service did not learn of case " + caseId + " within 60 s");
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    interface Upload {
        void run() throws Exception;
    }

    static double throughput(long size, Upload upload) throws Exception {
        long started = System.nanoTime();
        upload.run();
        return size / 1048576.0 / ((System.nanoTime() - started) / 1e9);
    }

    static void uploadThroughGateway(String caseId, String token, long size) throws Exception {
        String uri = GATEWAY + "/api/v1/cases/" + caseId + "/evidence?kind=AUDIO_VISUAL&stage=ON_SITE_INSPECTION&recordedAt="
                + Instant.now() + "&recordedBy=22010026000001";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "video/mp4").POST(HttpRequest.BodyPublishers.fromPublisher(new Generated(size), size)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload through the gateway: " + response.statusCode() + " " + response.body());
        }
    }

    static String presignedPart(String caseId, String token, long size, String sha256, String recordedBy) throws Exception {
        String started = post("/api/v1/cases/" + caseId + "/evidence-uploads", token, """
                {"kind":"AUDIO_VISUAL","stage":"ON_SITE_INSPECTION","recordedAt":"%s","recordedBy":"%s","sha256":"%s","sizeBytes":%d,"parts":1}"""
                .formatted(Instant.now(), recordedBy, sha256, size));
        Matcher url = Pattern.compile("\"partUrls\":\\[\"([^\"]+)\"").matcher(started);
        if (!url.find()) {
            throw new IllegalStateException("no part URL in " + started);
        }
        return url.group(1).replace("\\u0026", "&");
    }

    static void putDirect(String url, long size) throws Exception {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.fromPublisher(new Generated(size), size)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("direct upload: " + response.statusCode());
        }
    }

    /** An MP4-headed file generated as it is sent, 64 KiB at a time, never held whole. */
    static final class Generated implements Flow.Publisher<ByteBuffer> {

        private final long size;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            AtomicLong sent = new AtomicLong();
            AtomicBoolean done = new AtomicBoolean();
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    for (long i = 0; i < n && !done.get(); i++) {
                        long position = sent.get();
                        if (position >= size) {
                            done.set(true);
                            subscriber.onComplete();
                            return;
                        }
                        int length = (int) Math.min(65536, size - position);
                        sent.set(position + length); // before onNext, which may call request again
                        subscriber.onNext(ByteBuffer.wrap(chunk(position, length)));
                    }
                }

                @Override
                public void cancel() {
                    done.set(true);
                }
            });
        }
    }

    static final byte[] HEAD = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's', 'o', 'm' };

    static byte[] chunk(long position, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            long at = position + i;
            bytes[i] = at < HEAD.length ? HEAD[(int) at] : (byte) (at * 131);
        }
        return bytes;
    }

    static String sha256Of(long size) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (long position = 0; position < size; position += 65536) {
            digest.update(chunk(position, (int) Math.min(65536, size - position)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Samples a process's resident set every 50 ms and keeps the peak. */
    static final class RssSampler {

        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        RssSampler(long pid) {
            timer.scheduleAtFixedRate(() -> {
                try {
                    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                        if (line.startsWith("VmRSS:")) {
                            peak.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")) * 1024, Math::max);
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("cannot read the RSS of " + pid, e);
                }
            }, 0, 50, TimeUnit.MILLISECONDS);
        }

        long stop() throws InterruptedException {
            timer.shutdown();
            timer.awaitTermination(1, TimeUnit.SECONDS);
            return peak.get();
        }
    }

    static String label(long size) {
        return size >= 1L << 30 ? (size >> 30) + " GB" : (size >> 20) + " MB";
    }

    static String token(String user, String realm) throws Exception {
        Matcher userAt = Pattern.compile("\"username\"\\s*:\\s*\"" + user + "\"").matcher(realm);
        Matcher value = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]*)\"").matcher(realm);
        if (!userAt.find() || !value.find(userAt.end())) {
            throw new IllegalStateException("no demo user " + user);
        }
        String form = "grant_type=password&client_id=enforcement-app&username=" + user + "&password="
                + URLEncoder.encode(value.group(1), StandardCharsets.UTF_8);
        return field(HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/enforcement/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).body(), "access_token");
    }

    static String get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String post(String path, String token, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
