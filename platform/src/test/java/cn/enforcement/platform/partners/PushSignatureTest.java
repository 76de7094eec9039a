package cn.enforcement.platform.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PushSignatureTest {

    private static final String SECRET = "4f1d0c9a7e2b6a3d8c5f0e1b2a9d7c6e";
    private static final String BODY = "{\"entries\":[{\"kind\":\"CaseFiled\"}],\"next\":\"MTIzNApmZWVk\"}";
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private static String signedNow() {
        return PushSignature.sign(SECRET, NOW.getEpochSecond(), BODY);
    }

    @Test
    void aSignatureIsHmacSha256OverTimestampDotBodyInHex() {
        // as a partner computes it: printf '%s' "1796457600.$BODY" | openssl dgst -sha256 -hmac "$SECRET"
        assertThat(signedNow()).isEqualTo("sha256=da7595ea5f47db6286900dbe7040bd6c12be0428366394a91219d9d221559105");
    }

    @Test
    void theReceiverAcceptsTheBodyAndTimestampThatWereSigned() {
        assertThat(PushSignature.verify(SECRET, Long.toString(NOW.getEpochSecond()), BODY, signedNow(), NOW, WINDOW)).isTrue();
    }

    @Test
    void oneChangedByteOfTheBodyFails() {
        String changed = BODY.replace("CaseFiled", "CaseFiles");
        assertThat(PushSignature.verify(SECRET, Long.toString(NOW.getEpochSecond()), changed, signedNow(), NOW, WINDOW)).isFalse();
    }

    @Test
    void anotherSecretOrAnotherTimestampFails() {
        assertThat(PushSignature.verify("another", Long.toString(NOW.getEpochSecond()), BODY, signedNow(), NOW, WINDOW)).isFalse();
        assertThat(PushSignature.verify(SECRET, Long.toString(NOW.getEpochSecond() + 1), BODY, signedNow(), NOW, WINDOW)).isFalse();
    }

    @Test
    void aTimestampOutsideTheReplayWindowFailsAtItsEdge() {
        long signedAt = NOW.getEpochSecond() - WINDOW.toSeconds();
        String signature = PushSignature.sign(SECRET, signedAt, BODY);
        assertThat(PushSignature.verify(SECRET, Long.toString(signedAt), BODY, signature, NOW, WINDOW)).isTrue();
        String older = PushSignature.sign(SECRET, signedAt - 1, BODY);
        assertThat(PushSignature.verify(SECRET, Long.toString(signedAt - 1), BODY, older, NOW, WINDOW)).isFalse();
    }

    @Test
    void aMissingOrMalformedHeaderFails() {
        assertThat(PushSignature.verify(SECRET, "yesterday", BODY, signedNow(), NOW, WINDOW)).isFalse();
        assertThat(PushSignature.verify(SECRET, Long.toString(NOW.getEpochSecond()), BODY, null, NOW, WINDOW)).isFalse();
    }
}
