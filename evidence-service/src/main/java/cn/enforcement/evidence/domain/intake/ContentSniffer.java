package cn.enforcement.evidence.domain.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;

/**
 * The content type of a file as its bytes say (magic numbers), not as the client claims. Reads
 * only the head of the stream, marking and resetting it, so the stream can still be stored whole.
 */
public final class ContentSniffer {

    /** Enough for every signature Tika's magic detector looks at. */
    static final int HEAD = 64 * 1024;

    private static final Tika TIKA = new Tika();

    private ContentSniffer() {
    }

    /** Wraps the body so that its head can be sniffed and then read again. */
    public static BufferedInputStream rewindable(InputStream body) {
        return new BufferedInputStream(body, HEAD);
    }

    public static String sniff(BufferedInputStream body) throws IOException {
        body.mark(HEAD);
        try {
            return TIKA.detect(new HeadOnly(body, HEAD));
        } finally {
            body.reset();
        }
    }

    /** Stops Tika from reading past the mark limit. */
    private static final class HeadOnly extends InputStream {

        private final InputStream in;
        private int left;

        HeadOnly(InputStream in, int limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
