package cn.enforcement.evidence.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length + 256];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static String sniff(byte[] content) throws IOException {
        return ContentSniffer.sniff(ContentSniffer.rewindable(new ByteArrayInputStream(content)));
    }

    @Test
    void theBytesDecideNotTheName() throws IOException {
        assertThat(sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00))).isEqualTo("image/jpeg");
        assertThat(sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).isEqualTo("image/png");
        assertThat(sniff("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("application/pdf");
        assertThat(sniff(bytes(0x00, 0x00, 0x00, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2')))
                .isEqualTo("video/mp4");
    }

    @Test
    void anExecutableCallingItselfAPhotoIsAnExecutable() throws IOException {
        assertThat(sniff(bytes('M', 'Z', 0x90, 0x00, 0x03))).isNotEqualTo("image/jpeg").startsWith("application/");
    }

    @Test
    void theStreamIsWholeAgainAfterSniffing() throws IOException {
        byte[] content = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedInputStream body = ContentSniffer.rewindable(new ByteArrayInputStream(content));
        ContentSniffer.sniff(body);
        assertThat(body.readAllBytes()).isEqualTo(content);
    }
}
