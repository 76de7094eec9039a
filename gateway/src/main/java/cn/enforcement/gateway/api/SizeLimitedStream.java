package cn.enforcement.gateway.api;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** A request body passed on as it arrives, failing as soon as it grows past the route's limit. */
final class SizeLimitedStream implements ReadStream<Buffer> {

    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("request body too large", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private long seen;
    private Handler<Throwable> exceptionHandler;

    SizeLimitedStream(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            seen += chunk.length();
            if (seen > limit) {
                source.handler(null);
                source.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLargeException());
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
