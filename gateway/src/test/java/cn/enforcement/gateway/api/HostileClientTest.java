package cn.enforcement.gateway.api;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clients that send slow, oversized, crafted or lying requests, with real tokens, over raw sockets where it matters. */
@QuarkusTest
class HostileClientTest {

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void startReviewUpstream() {
        ReviewUpstream.start();
    }

    /** Sends the head and as much of the body as given, then waits for the status line without sending more. */
    private String statusAfterSending(String head, byte[] bodyPart) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyPart);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    private String post(String path, String extraHeaders) {
        return "POST " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nAuthorization: Bearer " + tokenOf("cc-legal")
                + "\r\nContent-Type: application/json\r\n" + extraHeaders + "\r\n";
    }

    @Test
    void stalledBodiesAre408AndNeverOpenTheServicesCircuit() throws IOException {
        for (int i = 0; i < 6; i++) {
            assertThat(statusAfterSending(post("/api/v1/reviews/slow", "Content-Length: 5000\r\n"), "{\"a\":1234".getBytes()))
                    .startsWith("HTTP/1.1 408");
        }
        given().auth().oauth2(tokenOf("cc-legal")).get("/api/v1/reviews/after-slow-bodies")
                .then().statusCode(504).body("code", equalTo("UPSTREAM_TIMEOUT"));
    }

    @Test
    void aChunkedBodyPastTheLimitIs413AndTheServiceNeverReceivesItWhole() throws Exception {
        String marker = "chunked-" + UUID.randomUUID();
        byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(post("/api/v1/reviews/" + marker, "Transfer-Encoding: chunked\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 24; i++) {
                        out.write(chunk);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException closedByTheGateway) {
                    // expected once the limit passed
                }
            });
            writer.start();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
            writer.join(10_000);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> ReviewUpstream.received().stream().anyMatch(r -> r.contains(marker)));
        String forwarded = ReviewUpstream.received().stream().filter(r -> r.contains(marker)).findFirst().orElseThrow();
        assertThat(forwarded).as("the service never sees the end of a cut chunked body").doesNotEndWith("0\r\n\r\n");
        assertThat(forwarded.length()).isLessThan(24 * 0x10000);
    }

    @Test
    void encodedDotSegmentsAreResolvedBeforeRoutingSoAPublicPrefixReachesNoStaffRouteUnchecked() {
        given().urlEncodingEnabled(false).get("/public/v1/credentials/%2e%2e/%2e%2e/%2e%2e/api/v1/officers")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        for (String crafted : new String[] { "/public/v1/credentials/..%2f..%2fapi/v1/officers", "/api/v1/officers/x%00",
                "/public/v1/credentials/..%5capi" }) {
            given().urlEncodingEnabled(false).get(crafted).then().statusCode(400).body("code", equalTo("PATH_NOT_ALLOWED"));
        }
    }

    @Test
    void aForwardedForFromAnUntrustedPeerIsReplacedByThePeer() {
        String marker = "xff-" + UUID.randomUUID();
        given().auth().oauth2(tokenOf("cc-legal")).header("X-Forwarded-For", "6.6.6.6").get("/api/v1/reviews/" + marker)
                .then().statusCode(504);
        String forwarded = ReviewUpstream.received().stream().filter(r -> r.contains(marker)).findFirst().orElseThrow();
        assertThat(forwarded).containsIgnoringCase("X-Forwarded-For: 127.0.0.1").doesNotContain("6.6.6.6");
    }

    @Test
    void locationNamesTheGatewayNotTheServiceAndAnswersAreNotCachedOrSniffed() {
        given().auth().oauth2(tokenOf("cc-legal")).get("/api/v1/reviews/location-probe").then().statusCode(201)
                .header("Location", gateway.getProtocol() + "://" + gateway.getHost() + ":" + gateway.getPort() + "/api/v1/reviews/r-1")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        given().get("/api/v9/nothing").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }
}
