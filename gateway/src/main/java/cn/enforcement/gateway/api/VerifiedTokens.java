package cn.enforcement.gateway.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers, until the token's own expiry, who a bearer token was verified to be, so a client that sends
 * the same token again is not verified again: checking the signature and parsing the token twice was half of
 * the gateway's CPU per proxied request (JFR, docs/performance.md). Only a token the OIDC provider verified
 * (signature, issuer, audience, expiry) is remembered, keyed by the whole Authorization header; each service
 * still verifies the token itself.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Who called: the token's subject, the client it was issued to (azp) and the caller's realm roles. */
    public record Caller(String subject, String clientId, Set<String> roles, Instant expiresAt) {
    }

    /** Bounded: a flood of distinct tokens evicts old entries, it cannot exhaust memory. */
    private static final int MAX_TOKENS = 50_000;
    /** Never remembered longer than this, whatever the token says (Keycloak's tokens live five minutes). */
    private static final Duration LONGEST = Duration.ofMinutes(10);

    private final Clock clock;
    private final Cache<String, Caller> verified;

    VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.creating((String authorization, Caller caller) -> Duration.between(clock.instant(), caller.expiresAt())))
                .build();
    }

    /** The caller a header was verified to be, while its token is unexpired. */
    public Optional<Caller> callerOf(String authorization) {
        Caller known = authorization == null ? null : verified.getIfPresent(authorization);
        return known != null && clock.instant().isBefore(known.expiresAt()) ? Optional.of(known) : Optional.empty();
    }

    /** The caller of a verified identity; remembered when its token has an expiry. */
    public Caller remember(String authorization, SecurityIdentity identity) {
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        String clientId = token != null && token.getClaim("azp") != null ? token.getClaim("azp").toString() : "unknown";
        Instant longest = clock.instant().plus(LONGEST);
        Instant expiresAt = token != null && token.getExpirationTime() > 0 ? Instant.ofEpochSecond(token.getExpirationTime()) : null;
        Caller caller = new Caller(identity.getPrincipal().getName(), clientId, Set.copyOf(identity.getRoles()),
                expiresAt == null || expiresAt.isAfter(longest) ? longest : expiresAt);
        if (authorization != null && expiresAt != null) {
            verified.put(authorization, caller);
        }
        return caller;
    }
}
