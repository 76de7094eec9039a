package cn.enforcement.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Real tokens from the local Keycloak for the demo users and partner clients. Their passwords and
 * secrets are read from the realm file, the only place demo credentials live.
 */
public final class DemoRealm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tokens live ten minutes; a cached one is taken anew after five, so a long test run never sends an expired one. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();
    private static JsonNode realm;

    private DemoRealm() {
    }

    public static String keycloakUrl() {
        return System.getProperty("keycloak.url", System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180"));
    }

    /** A bearer token of a demo user, e.g. {@code cc-personnel}, cached for five of the ten minutes it lives. */
    public static String tokenOf(String username) {
        return cached("user:" + username, () -> requestToken(Map.of(
                "grant_type", "password", "client_id", "enforcement-app",
                "username", username, "password", passwordOf(username))));
    }

    /** A bearer token of a partner system by the client-credentials grant, e.g. {@code supervision-platform}. */
    public static String tokenOfClient(String clientId) {
        return cached("client:" + clientId, () -> requestToken(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secretOf(clientId))));
    }

    private record CachedToken(String token, Instant takenAt) {
    }

    private static String cached(String key, Supplier<String> request) {
        return TOKENS.compute(key, (k, cached) -> cached != null && cached.takenAt().plus(TOKEN_REUSE).isAfter(Instant.now()) ? cached
                : new CachedToken(request.get(), Instant.now())).token();
    }

    public static String passwordOf(String username) {
        for (JsonNode user : realm().path("users")) {
            if (username.equals(user.path("username").asText())) {
                return user.path("credentials").path(0).path("value").asText();
            }
        }
        throw new IllegalArgumentException("no demo user " + username + " in the realm file");
    }

    public static String secretOf(String clientId) {
        for (JsonNode client : realm().path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client.path("secret").asText();
            }
        }
        throw new IllegalArgumentException("no client " + clientId + " in the realm file");
    }

    public static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/keycloak/enforcement-realm.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run the tests inside the repository: the realm file was not found");
        }
        return dir;
    }

    private static synchronized JsonNode realm() {
        if (realm == null) {
            try {
                realm = JSON.readTree(repositoryRoot().resolve("deploy/keycloak/enforcement-realm.json").toFile());
            } catch (IOException e) {
                throw new IllegalStateException("the realm file cannot be read", e);
            }
        }
        return realm;
    }

    private static String requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloakUrl() + "/realms/enforcement/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + keycloakUrl() + "; run deploy/local/stack.sh up", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
