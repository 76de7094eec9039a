package cn.enforcement.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    /** A verified token's principal: subject, the client it was issued to and its expiry. */
    private record Token(String subject, String clientId, Long expiresAt) implements JsonWebToken {
        @Override
        public String getName() {
            return subject;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "azp", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) Map.<String, Object>of("sub", subject, "azp", clientId, "exp", expiresAt == null ? 0L : expiresAt).get(name);
        }
    }

    private static SecurityIdentity verified(Long expiresAt) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new Token("cc-officer-1", "enforcement-app", expiresAt))
                .addRole("officer").build();
    }

    private static VerifiedTokens at(Instant instant) {
        return new VerifiedTokens(Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aVerifiedTokenIsKnownUntilItExpiresAndNotASecondLonger() {
        Instant expiry = NOW.plus(Duration.ofMinutes(5));
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(clock);
        VerifiedTokens.Caller caller = tokens.remember("Bearer token-a", verified(expiry.getEpochSecond()));

        assertThat(caller.subject()).isEqualTo("cc-officer-1");
        assertThat(caller.clientId()).isEqualTo("enforcement-app");
        assertThat(caller.roles()).containsExactly("officer");
        assertThat(tokens.callerOf("Bearer token-a")).contains(caller);
        assertThat(tokens.callerOf("Bearer token-b")).isEmpty();

        clock.now = expiry.minusSeconds(1);
        assertThat(tokens.callerOf("Bearer token-a")).isPresent();
        clock.now = expiry;
        assertThat(tokens.callerOf("Bearer token-a")).isEmpty();
    }

    @Test
    void aTokenWithoutAnExpiryIsNeverRemembered() {
        VerifiedTokens tokens = at(NOW);
        tokens.remember("Bearer forever", verified(null));
        assertThat(tokens.callerOf("Bearer forever")).isEmpty();
        assertThat(tokens.callerOf(null)).isEmpty();
    }

    @Test
    void aLongLivedTokenIsRememberedTenMinutesAtMost() {
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(clock);
        tokens.remember("Bearer day-long", verified(NOW.plus(Duration.ofDays(1)).getEpochSecond()));
        clock.now = NOW.plus(Duration.ofMinutes(10)).minusSeconds(1);
        assertThat(tokens.callerOf("Bearer day-long")).isPresent();
        clock.now = NOW.plus(Duration.ofMinutes(10));
        assertThat(tokens.callerOf("Bearer day-long")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
