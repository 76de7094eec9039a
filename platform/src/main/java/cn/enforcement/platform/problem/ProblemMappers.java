package cn.enforcement.platform.problem;

import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.Problem.FieldError;
import cn.enforcement.problem.Problem;
import cn.enforcement.problem.ProblemException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into an RFC 9457 problem; nothing leaves as a bare 500 page. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL's SQLSTATE for a unique key met twice. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** How Jackson's strict duplicate detection words its refusal (it has no type of its own). */
    private static final String DUPLICATE_FIELD_MESSAGE = "Duplicate field '";

    @ServerExceptionMapper
    public Response refused(ProblemException e, HttpServerRequest request) {
        return respond(Problem.of(e, request.path()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return respond(Problem.of(PlatformProblem.VALIDATION_FAILED,
                errors.size() + " field(s) are invalid", request.path(), null, errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = pathOf(e);
        return respond(Problem.of(PlatformProblem.UNKNOWN_FIELD, "the request has a field this API does not know: " + field,
                request.path(), null, List.of(new FieldError(field, "unknown field"))));
    }

    @ServerExceptionMapper({ MismatchedInputException.class, JsonMappingException.class })
    public Response unreadable(JsonMappingException e, HttpServerRequest request) {
        String field = pathOf(e);
        return respond(Problem.of(PlatformProblem.MALFORMED_FIELD, "a field has the wrong type or format: " + field,
                request.path(), null, List.of(new FieldError(field, e.getOriginalMessage()))));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof StreamReadException read && read.getProcessor() != null
                && e.getOriginalMessage().startsWith(DUPLICATE_FIELD_MESSAGE)) {
            String field = fieldOf(read.getProcessor().getParsingContext().pathAsPointer());
            return respond(Problem.of(PlatformProblem.DUPLICATE_FIELD, "the request names a field twice: " + field, request.path(),
                    null, List.of(new FieldError(field, "appears twice"))));
        }
        return respond(Problem.of(PlatformProblem.MALFORMED_JSON, "the request body is not valid JSON", request.path(), null, null));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        return Response.fromResponse(respond(Problem.of(PlatformProblem.UNAUTHENTICATED, "a valid bearer token is required",
                request.path(), null, null)))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(Problem.of(PlatformProblem.FORBIDDEN, "your roles do not allow this request", request.path(), null, null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof ProblemException refusal) {
            // a parameter converter's refusal, which JAX-RS wraps as 404 for query parameters
            return refused(refusal, request);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping instanceof UnrecognizedPropertyException unknown ? unknownField(unknown, request) : unreadable(mapping, request);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return malformed(parsing, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        PlatformProblem type = switch (status) {
            case 404 -> PlatformProblem.NOT_FOUND;
            case 405 -> PlatformProblem.METHOD_NOT_ALLOWED;
            case 406 -> PlatformProblem.NOT_ACCEPTABLE;
            case 413 -> PlatformProblem.PAYLOAD_TOO_LARGE;
            case 415 -> PlatformProblem.UNSUPPORTED_MEDIA_TYPE;
            default -> PlatformProblem.BAD_REQUEST;
        };
        return respond(Problem.of(type, e.getMessage(), request.path(), null, null));
    }

    /**
     * Anything else. Two failures that reach here wrapped by the transaction are still the client's: two
     * acts on one record at once (409, retry; also when both would record the same unique thing), and a value
     * the database cannot hold — a text longer than its column, a date or number out of range (422; the APIs
     * bound their inputs, this is the net under them).
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // a unique key met at commit: the same act recorded by another request at the same moment
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException
                    || cause instanceof SQLException unique && UNIQUE_VIOLATION.equals(unique.getSQLState())) {
                return respond(Problem.of(PlatformProblem.CONCURRENT_CHANGE,
                        "另一操作同时修改了该记录: the record was changed by another request at the same time; read it again and retry",
                        request.path(), null, null));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return respond(Problem.of(PlatformProblem.VALUE_OUT_OF_RANGE, "a value is too long or out of range for what is kept",
                        request.path(), null, null));
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s, %s %s", incident, request.method(), request.path());
        return respond(Problem.of(PlatformProblem.INTERNAL_ERROR, "the service failed unexpectedly; incident " + incident,
                request.path(), null, null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "register.body.name" -> "name": the method and parameter names mean nothing to the client
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    /** "/persons/0/name" -> "persons[0].name", as {@link #pathOf} writes a field. */
    private static String fieldOf(JsonPointer pointer) {
        StringBuilder field = new StringBuilder();
        for (JsonPointer step = pointer; step != null && !step.matches(); step = step.tail()) {
            if (step.getMatchingIndex() >= 0) {
                field.append('[').append(step.getMatchingIndex()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(step.getMatchingProperty());
            }
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
