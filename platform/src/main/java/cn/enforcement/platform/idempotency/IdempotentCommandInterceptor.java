package cn.enforcement.platform.idempotency;

import cn.enforcement.platform.idempotency.IdempotencyRecords.StoredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Runs an {@link IdempotentCommand} inside one transaction together with the record of its key, so
 * the effect and the stored response commit together: a retry after a lost response finds the
 * record and gets the same answer. Runs before {@code @Transactional} beans, which join it.
 */
@IdempotentCommand
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotentCommandInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAY_HEADER = "Idempotent-Replayed";

    private final CurrentVertxRequest request;
    private final SecurityIdentity identity;
    private final IdempotencyRecords records;
    private final ObjectMapper json;

    IdempotentCommandInterceptor(CurrentVertxRequest request, SecurityIdentity identity, IdempotencyRecords records,
            ObjectMapper json) {
        this.request = request;
        this.identity = identity;
        this.records = records;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = request.getCurrent() == null ? null : request.getCurrent().request().getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        IdempotencyRecords.requireValid(key);
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String fingerprint = fingerprint(invocation);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<StoredResponse> earlier = records.claim(caller, key, fingerprint);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint, invocation);
            }
            Object result = invocation.proceed();
            record(caller, key, result);
            return result;
        });
    }

    private Object replay(StoredResponse earlier, String fingerprint, InvocationContext invocation) throws Exception {
        IdempotencyRecords.requireSameRequest(earlier, fingerprint);
        JsonNode body = earlier.body() == null ? null : json.readTree(earlier.body());
        if (RestResponse.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            RestResponse.ResponseBuilder<Object> builder = RestResponse.ResponseBuilder.<Object>create(earlier.status()).entity(body)
                    .header(REPLAY_HEADER, "true");
            if (earlier.location() != null) {
                builder.location(URI.create(earlier.location()));
            }
            return builder.build();
        }
        Response.ResponseBuilder builder = Response.status(earlier.status()).entity(body).header(REPLAY_HEADER, "true");
        if (earlier.location() != null) {
            builder.location(URI.create(earlier.location()));
        }
        return builder.build();
    }

    private void record(String caller, String key, Object result) throws Exception {
        int status;
        Object entity;
        Object location;
        if (result instanceof RestResponse<?> response) {
            status = response.getStatus();
            entity = response.getEntity();
            location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        } else if (result instanceof Response response) {
            status = response.getStatus();
            entity = response.getEntity();
            location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        } else {
            throw new IllegalStateException("an @IdempotentCommand must return RestResponse or Response");
        }
        records.complete(caller, key, status, entity == null ? null : json.writeValueAsString(entity),
                location == null ? null : location.toString());
    }

    /** The request as the method saw it: which command, and every argument. */
    private String fingerprint(InvocationContext invocation) throws NoSuchAlgorithmException {
        ArrayNode arguments = json.createArrayNode();
        for (Object parameter : invocation.getParameters()) {
            arguments.add(json.valueToTree(parameter));
        }
        String canonical = invocation.getMethod().toGenericString() + "\n" + arguments;
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
