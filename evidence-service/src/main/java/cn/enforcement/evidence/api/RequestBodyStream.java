package cn.enforcement.evidence.api;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A request body as a blocking InputStream for a worker thread, with backpressure: a fixed window
 * of chunks is requested from the connection, and one more each time one has been read, so memory
 * is bounded by the window whatever the size of the upload.
 */
final class RequestBodyStream extends InputStream {

    private static final Object END = new Object();
    /** Chunks in flight: enough to keep the connection busy while the worker reads. */
    private static final int WINDOW = 32;

    private final HttpServerRequest request;
    private final Context context;
    private final long idleTimeoutMillis;
    private final LinkedBlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private Buffer current;
    private int position;
    private boolean ended;
    private int consumedSinceFetch;

    /** Call on the request's event loop, with the request paused. */
    RequestBodyStream(HttpServerRequest request, Context context, long idleTimeoutMillis) {
        this.request = request;
        this.context = context;
        this.idleTimeoutMillis = idleTimeoutMillis;
        request.handler(arrived::add);
        request.endHandler(v -> arrived.add(END));
        request.exceptionHandler(arrived::add);
        request.fetch(WINDOW);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    /** Blocks for the first chunk, then takes whatever else has already arrived, so writes downstream are large. */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (!ensureData(true)) {
            return -1;
        }
        int count = 0;
        do {
            int taken = Math.min(length - count, current.length() - position);
            current.getBytes(position, position + taken, buffer, offset + count);
            position += taken;
            count += taken;
        } while (count < length && ensureData(false));
        return count;
    }

    /** Whether a chunk with unread bytes is at hand; waits for one only if asked to. */
    private boolean ensureData(boolean wait) throws IOException {
        while (!ended && (current == null || position >= current.length())) {
            if (!wait && !(arrived.peek() instanceof Buffer)) {
                return false;
            }
            if (current != null) {
                current = null;
                // refill half the window at once: one event-loop hop per WINDOW / 2 chunks
                if (++consumedSinceFetch == WINDOW / 2) {
                    consumedSinceFetch = 0;
                    context.runOnContext(v -> request.fetch(WINDOW / 2));
                }
            }
            Object next;
            try {
                next = arrived.poll(idleTimeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the upload");
            }
            if (next == null) {
                throw new IOException("the upload stalled for " + idleTimeoutMillis + " ms");
            } else if (next == END) {
                ended = true;
            } else if (next instanceof Throwable failure) {
                throw new IOException("the upload broke off: " + failure.getMessage(), failure);
            } else {
                current = (Buffer) next;
                position = 0;
            }
        }
        return !ended;
    }
}
