import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resumable evidence upload straight to object storage, as a phone app does it: declare the
 * file's SHA-256 and size, PUT its parts to the presigned URLs (two at a time, each retried), and
 * complete. Interrupted, it is run again with the same arguments: it asks where the upload stands
 * and sends only the parts still missing. Plain java.net.http, no dependencies:
 *
 *   TOKEN=... RECORDED_BY=22010026000001 java examples/PresignedUpload.java CASE_ID bodycam-0042.mp4 [STAGE] [KIND]
 *
 * GATEWAY defaults to http://localhost:8080. The upload under way is remembered in FILE.upload.
 */
public class PresignedUpload {

    // every part but the last has this length (the last the rest), told to the service: each part's URL takes exactly its
    // length; S3 takes no part below 5 MiB but the last
    static final long PART_SIZE = 8L << 20;
    static final int ATTEMPTS = 4;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TOKEN=... RECORDED_BY=... java examples/PresignedUpload.java CASE_ID FILE [STAGE] [KIND]");
            System.exit(2);
        }
        String gateway = System.getenv().getOrDefault("GATEWAY", "http://localhost:8080");
        String token = required("TOKEN");
        String caseId = args[0];
        Path file = Path.of(args[1]);
        String stage = args.length > 2 ? args[2] : "ON_SITE_INSPECTION";
        String kind = args.length > 3 ? args[3] : "AUDIO_VISUAL";
        Path state = Path.of(file + ".upload");
        String uploads = gateway + "/api/v1/cases/" + caseId + "/evidence-uploads";

        long size = Files.size(file);
        String sha256 = sha256Of(file);
        int parts = (int) Math.max(1, (size + PART_SIZE - 1) / PART_SIZE);
        Map<Integer, String> etags = new TreeMap<>();
        Map<Integer, String> missing = new TreeMap<>();

        String progress = Files.exists(state) ? call("GET", uploads + "/" + Files.readString(state).trim(), token, null, null, 200, 404) : null;
        if (progress != null && !progress.contains("UPLOAD_NOT_FOUND")) {
            partsOf(progress, "etag", etags);
            partsOf(progress, "url", missing);
            System.out.printf("resuming: %d of %d parts already stored%n", etags.size(), parts);
        } else {
            // the same key for the same file and case: a start whose answer was lost is not started twice
            String started = call("POST", uploads, token, "start-" + caseId + "-" + sha256, """
                    {"kind":"%s","stage":"%s","recordedAt":"%s","recordedBy":"%s","sha256":"%s","sizeBytes":%d,"parts":%d,
                     "partSize":%d}"""
                    .formatted(kind, stage, Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()), required("RECORDED_BY"),
                            sha256, size, parts, PART_SIZE), 201);
            Files.writeString(state, field(started, "uploadId"));
            List<String> urls = strings(started, "partUrls");
            for (int part = 1; part <= urls.size(); part++) {
                missing.put(part, urls.get(part - 1));
            }
        }
        String uploadId = Files.readString(state).trim();

        ExecutorService senders = Executors.newFixedThreadPool(2);
        Map<Integer, Future<String>> sent = new TreeMap<>();
        for (Map.Entry<Integer, String> part : missing.entrySet()) {
            sent.put(part.getKey(), senders.submit(() -> putPart(file, part.getKey(), part.getValue())));
        }
        for (Map.Entry<Integer, Future<String>> part : sent.entrySet()) {
            etags.put(part.getKey(), part.getValue().get());
            System.out.printf("part %d of %d stored%n", part.getKey(), parts);
        }
        senders.shutdown();

        StringBuilder completion = new StringBuilder("{\"parts\":[");
        etags.forEach((part, etag) -> completion.append(completion.length() > 10 ? "," : "")
                .append("{\"partNumber\":").append(part).append(",\"etag\":\"").append(etag).append("\"}"));
        String evidence = call("POST", uploads + "/" + uploadId + "/completion", token, "complete-" + uploadId.hashCode() + "-" + sha256,
                completion.append("]}").toString(), 201);
        Files.deleteIfExists(state);
        System.out.println(evidence);
    }

    /** PUTs one part to its presigned URL; the URL carries the authority, so no token is sent to the store. */
    static String putPart(Path file, int part, String url) throws Exception {
        byte[] bytes;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long from = (part - 1) * PART_SIZE;
            bytes = new byte[(int) Math.min(PART_SIZE, in.length() - from)];
            in.seek(from);
            in.readFully(bytes);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.headers().firstValue("ETag").orElseThrow().replace("\"", "");
                }
                if (attempt == ATTEMPTS || response.statusCode() < 500) {
                    throw new IOException("part " + part + ": the store answered " + response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
            Thread.sleep(500L << attempt);
        }
    }

    static String call(String method, String url, String token, String idempotencyKey, String json, int... expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IOException(method + " " + url + ": " + response.statusCode() + " " + response.body());
    }

    static String sha256Of(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set " + variable);
        }
        return value;
    }

    // A few lines of JSON reading, to stay free of dependencies; an app would use its JSON library.

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return unescape(matcher.group(1));
    }

    static List<String> strings(String json, String name) {
        Matcher array = Pattern.compile("\"" + name + "\"\\s*:\\s*\\[([^\\]]*)]").matcher(json);
        List<String> values = new ArrayList<>();
        if (array.find()) {
            Matcher value = Pattern.compile("\"([^\"]*)\"").matcher(array.group(1));
            while (value.find()) {
                values.add(unescape(value.group(1)));
            }
        }
        return values;
    }

    /** Collects {"partNumber":n, ..., "name":"value"} objects of the upload's progress. */
    static void partsOf(String json, String name, Map<Integer, String> into) {
        Matcher part = Pattern.compile("\\{\"partNumber\"\\s*:\\s*(\\d+)[^}]*?\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        while (part.find()) {
            into.put(Integer.parseInt(part.group(1)), unescape(part.group(2)));
        }
    }

    static String unescape(String value) {
        return value.replace("\\u0026", "&").replace("\\/", "/");
    }
}
