package cn.enforcement.gateway.api;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A client's request body passed on as it arrives. It fails as soon as it grows past the route's limit
 * (counted on the bytes, so a chunked body is held to the limit as a declared one is), and when it
 * pauses longer than the idle timeout. Either failure is the client's, and the caller resets the
 * upstream request so that the service never takes a cut body for a whole one.
 */
final class RequestBody implements ReadStream<Buffer> {

    /** The body grew past the route's limit. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("request body too large", null, false, false);
        }
    }

    /** The client stopped sending its body. */
    static final class StalledException extends RuntimeException {
        StalledException() {
            super("request body stalled", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Vertx vertx;
    private final long idleTimeoutMillis;
    private final Handler<RuntimeException> onClientFault;
    private long seen;
    private long idleTimer = -1;
    private boolean ended;
    private boolean failed;
    private Handler<Void> endHandler;

    RequestBody(ReadStream<Buffer> source, long limit, Vertx vertx, long idleTimeoutMillis, Handler<RuntimeException> onClientFault) {
        this.source = source;
        this.limit = limit;
        this.vertx = vertx;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.onClientFault = onClientFault;
        source.endHandler(v -> {
            ended = true;
            cancelTimer();
            if (endHandler != null && !failed) {
                endHandler.handle(null);
            }
        });
    }

    /** Whether the whole body has arrived from the client. */
    boolean ended() {
        return ended;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        restartTimer();
        source.handler(chunk -> {
            if (failed) {
                return;
            }
            seen += chunk.length();
            if (seen > limit) {
                fail(new TooLargeException());
                return;
            }
            restartTimer();
            handler.handle(chunk);
        });
        return this;
    }

    private void fail(RuntimeException fault) {
        failed = true;
        cancelTimer();
        source.handler(null);
        source.pause();
        onClientFault.handle(fault);
    }

    private void restartTimer() {
        cancelTimer();
        if (!ended && !failed) {
            idleTimer = vertx.setTimer(idleTimeoutMillis, id -> {
                if (!ended && !failed) {
                    fail(new StalledException());
                }
            });
        }
    }

    private void cancelTimer() {
        if (idleTimer >= 0) {
            vertx.cancelTimer(idleTimer);
            idleTimer = -1;
        }
    }

    /** Held back by the service's pace, not the client's: the idle clock stops meanwhile. */
    @Override
    public ReadStream<Buffer> pause() {
        cancelTimer();
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        restartTimer();
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        restartTimer();
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        this.endHandler = handler;
        return this;
    }
}
