package cn.enforcement.evidence.domain.intake;

import cn.enforcement.platform.problem.ProblemException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and stops the upload as soon as it passes the limit. */
final class CountingLimit extends FilterInputStream {

    private final long limit;
    private long count;

    CountingLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            add(read);
        }
        return read;
    }

    private void add(long read) {
        count += read;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }

    static final class TooLarge extends ProblemException {
        TooLarge(long limit) {
            super(413, "PAYLOAD_TOO_LARGE", "Payload too large", "evidence files are accepted up to " + limit + " bytes", null);
        }
    }
}
