package cn.enforcement.platform.deadletters;

import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The operators' view of a service's dead letters (死信): list them, read one, and replay one to the topic it came from
 * once its cause is mended. Every consuming service answers for its own under its name, e.g. {@code case}.
 */
@Tag(name = "operations")
@Path("/api/v1/operations/{service}/dead-letters")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final AgencyScope scope;
    private final Clock clock;

    DeadLetterResource(DeadLetters deadLetters, AgencyScope scope, Clock clock) {
        this.deadLetters = deadLetters;
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(operationId = "listDeadLetters", summary = "The service's dead letters, oldest first, after a position (partition-offset)")
    @GET
    @Transactional
    public List<DeadLetter> list(@PathParam("service") String service, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        requireThis(service);
        return deadLetters.list(Optional.ofNullable(after), limit);
    }

    @Operation(operationId = "getDeadLetter", summary = "One dead letter with its payload and headers")
    @GET
    @Path("/{position}")
    @Transactional
    public DeadLetter get(@PathParam("service") String service, @PathParam("position") String position) {
        requireThis(service);
        return deadLetters.find(position).orElseThrow(() -> notFound(position));
    }

    @Operation(operationId = "replayDeadLetter", summary = "Send the dead letter back to its topic, once; consumers that applied it skip it")
    @POST
    @Path("/{position}/replay")
    @Transactional
    @IdempotentCommand
    public RestResponse<DeadLetter> replay(@PathParam("service") String service, @PathParam("position") String position) {
        requireThis(service);
        String key = deadLetters.replayKey(position);
        DeadLetterReplay earlier = DeadLetterReplay.findById(key);
        if (earlier != null) {
            throw OperationsProblem.DEAD_LETTER_ALREADY_REPLAYED.refuse(position + " was replayed by " + earlier.replayedBy + " at "
                    + earlier.replayedAt);
        }
        DeadLetterReplay replay = new DeadLetterReplay();
        replay.deadLetter = key;
        replay.replayedBy = scope.actor();
        replay.replayedAt = clock.instant();
        replay.persist();
        DeadLetterReplay.flush();
        deadLetters.republish(position);
        return RestResponse.ok(deadLetters.find(position).orElseThrow(() -> notFound(position)));
    }

    private void requireThis(String service) {
        if (!deadLetters.service().equals(service)) {
            throw OperationsProblem.DEAD_LETTER_NOT_FOUND.refuse("this is the " + deadLetters.service() + " service, not " + service);
        }
    }

    private static RuntimeException notFound(String position) {
        return OperationsProblem.DEAD_LETTER_NOT_FOUND.refuse("no dead letter at " + position);
    }
}
