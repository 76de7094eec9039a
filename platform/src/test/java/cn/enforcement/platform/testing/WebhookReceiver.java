package cn.enforcement.platform.testing;

import cn.enforcement.platform.partners.PushSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A partner's receiver of the signed push, on 127.0.0.1 as the tests start it: checks each delivery's signature
 * as a partner would, answers 204 (401 to a bad signature), and keeps the entries and the last cursor received.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> entries = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile String secret;
    private volatile String lastCursor;

    private WebhookReceiver(int port, String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst(PushSignature.TIMESTAMP_HEADER);
            String signature = exchange.getRequestHeaders().getFirst(PushSignature.SIGNATURE_HEADER);
            if (PushSignature.verify(this.secret, timestamp, body, signature, Instant.now(), Duration.ofMinutes(5))) {
                JsonNode page = JSON.readTree(body);
                page.path("entries").forEach(entries::add);
                lastCursor = page.path("next").asText();
                exchange.sendResponseHeaders(204, -1);
            } else {
                refused.add(body);
                exchange.sendResponseHeaders(401, -1);
            }
            exchange.close();
        });
        server.start();
    }

    /** A receiver on a free port; its secret is set once the subscription answered it. */
    public static WebhookReceiver start() {
        return new WebhookReceiver(0, "");
    }

    /** A receiver back on the port of one that stopped, as after an outage. */
    public static WebhookReceiver restart(int port, String secret) {
        return new WebhookReceiver(port, secret);
    }

    public void secret(String secret) {
        this.secret = secret;
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String lastCursor() {
        return lastCursor;
    }

    /** The kinds of the entries received about the case, in the order received. */
    public List<String> kindsOf(String caseId) {
        return entries.stream().filter(entry -> caseId.equals(entry.path("caseId").asText())).map(entry -> entry.path("kind").asText())
                .toList();
    }

    public List<String> refusedDeliveries() {
        return refused;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
