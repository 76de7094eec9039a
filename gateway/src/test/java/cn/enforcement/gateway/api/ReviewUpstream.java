package cn.enforcement.gateway.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The review route's upstream in the gateway's test profile (port 18999): it reads every request to
 * the end of what the client sends and keeps the bytes, answers {@code /api/v1/reviews/location-probe}
 * with a 201 naming itself in {@code Location}, and never answers anything else. Started once for the
 * test JVM, shared by the test classes.
 */
final class ReviewUpstream {

    static final int PORT = 18999;
    private static final List<ByteArrayOutputStream> RECEIVED = new CopyOnWriteArrayList<>();
    private static ServerSocket server;

    private ReviewUpstream() {
    }

    static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = new ServerSocket(PORT, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    Socket socket = server.accept();
                    Thread reader = new Thread(() -> serve(socket), "review-upstream-connection");
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "review-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Everything every connection has sent so far, as text. */
    static List<String> received() {
        return RECEIVED.stream().map(bytes -> bytes.toString(StandardCharsets.ISO_8859_1)).toList();
    }

    private static void serve(Socket socket) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RECEIVED.add(bytes);
        byte[] buffer = new byte[65536];
        try (socket; InputStream in = socket.getInputStream()) {
            boolean answered = false;
            for (int read; (read = in.read(buffer)) > 0; ) {
                synchronized (bytes) {
                    bytes.write(buffer, 0, read);
                }
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                if (!answered && text.startsWith("GET /api/v1/reviews/location-probe") && text.contains("\r\n\r\n")) {
                    answered = true;
                    socket.getOutputStream().write(("HTTP/1.1 201 Created\r\nLocation: http://127.0.0.1:" + PORT
                            + "/api/v1/reviews/r-1\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException closed) {
            // the gateway reset or closed the connection
        }
    }
}
