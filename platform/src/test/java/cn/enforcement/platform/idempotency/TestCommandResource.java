package cn.enforcement.platform.idempotency;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** A command with an effect, to observe what idempotency and problem mapping do around it. */
@Path("/test")
public class TestCommandResource {

    public record Command(@NotBlank String subject, @Positive int amount) {
    }

    public record Effect(long id, String subject, int amount) {
    }

    public enum Kind { WARNING, FINE }

    /** Fields of each JSON type, to show that none is coerced from another. */
    public record Typed(Kind kind, LocalDate day, String text, int count, boolean flag, List<String> items) {
    }

    private final EntityManager entityManager;

    TestCommandResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @Path("/commands")
    @IdempotentCommand
    @Transactional
    public RestResponse<Effect> execute(@Valid Command command) {
        entityManager.createNativeQuery("insert into test_effect (subject, amount) values (?1, ?2)")
                .setParameter(1, command.subject()).setParameter(2, command.amount()).executeUpdate();
        long id = ((Number) entityManager.createNativeQuery("select max(id) from test_effect").getSingleResult()).longValue();
        if (command.amount() == 999) {
            throw TestProblem.TEST_RULE.refuse("999 is refused", "PL 1");
        }
        return RestResponse.ResponseBuilder.<Effect>created(URI.create("/test/commands/" + id))
                .entity(new Effect(id, command.subject(), command.amount())).build();
    }

    @POST
    @Path("/typed")
    public Typed typed(Typed typed) {
        return typed;
    }

    /** Typed parameters of each kind, to show that a malformed one is a 400 naming it. */
    @GET
    @Path("/dated")
    public String dated(@QueryParam("day") LocalDate day, @QueryParam("kind") Kind kind, @HeaderParam("At") Instant at,
            @QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("overdue") Boolean overdue) {
        return day + " " + kind + " " + at;
    }

    /** Stores the subject without bounding it first: the database's limit is the last barrier. */
    @POST
    @Path("/unbounded")
    @Transactional
    public RestResponse<Void> unbounded(String subject) {
        entityManager.createNativeQuery("insert into test_effect (subject, amount) values (?1, 1)").setParameter(1, subject)
                .executeUpdate();
        return RestResponse.noContent();
    }

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("database password is hunter2");
    }
}
