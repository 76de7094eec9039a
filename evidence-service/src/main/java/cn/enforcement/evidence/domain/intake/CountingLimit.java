package cn.enforcement.evidence.domain.intake;

import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemException;
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
            throw tooLarge(limit);
        }
    }

    static ProblemException tooLarge(long limit) {
        return PlatformProblem.PAYLOAD_TOO_LARGE.refuse("evidence files are accepted up to " + limit + " bytes");
    }
}
