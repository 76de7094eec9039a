package cn.enforcement.evidence.api;

import cn.enforcement.evidence.domain.EvidenceProblem;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.domain.intake.EvidenceIntake;
import cn.enforcement.evidence.domain.intake.EvidenceKind;
import cn.enforcement.evidence.domain.intake.Recording;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.platform.idempotency.IdempotencyRecords.StoredResponse;
import cn.enforcement.platform.idempotency.IdempotentCommandInterceptor;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.time.PlausibleDates;
import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.Problem;
import cn.enforcement.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * {@code POST /api/v1/cases/{caseId}/evidence}: the file is the raw body (any content type; the
 * service sniffs it), the metadata are query parameters. Served by a Vert.x route rather than a
 * REST resource because Quarkus REST reads request bodies whole: here the body goes chunk by chunk,
 * under backpressure, into storage. With an Idempotency-Key, a retry of a registered upload gets the
 * first answer without sending the file again.
 */
@ApplicationScoped
public class UploadRoute {

    private static final Logger LOG = Logger.getLogger(UploadRoute.class);

    private final EvidenceIntake intake;
    private final IdempotentUploads once;
    private final ObjectMapper json;
    private final Vertx vertx;

    UploadRoute(EvidenceIntake intake, IdempotentUploads once, ObjectMapper json, Vertx vertx) {
        this.intake = intake;
        this.once = once;
        this.json = json;
        this.vertx = vertx;
    }

    void mount(@Observes Router router) {
        router.post("/api/v1/cases/:caseId/evidence").order(-1).handler(this::upload);
    }

    /** Described in {@code META-INF/openapi.yaml} (a route, not a resource); named here so its refusals are read from this code. */
    @Operation(operationId = "uploadEvidence")
    void upload(RoutingContext ctx) {
        ctx.request().pause();
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            problem(ctx, PlatformProblem.UNAUTHENTICATED.refuse("a valid bearer token is required"));
            return;
        }
        Context context = Vertx.currentContext();
        deferred.subscribe().with(
                identity -> context.runOnContext(v -> answeringEveryFailure(ctx, () -> authorised(ctx, identity, context))),
                failure -> context.runOnContext(v -> problem(ctx, PlatformProblem.UNAUTHENTICATED.refuse(
                        "the bearer token is invalid or expired"))));
    }

    /**
     * Runs a step of the upload outside the router's call, where an exception would reach no one and leave the
     * client waiting: every failure ends in a problem answer.
     */
    private void answeringEveryFailure(RoutingContext ctx, Runnable step) {
        try {
            step.run();
        } catch (ProblemException refused) {
            problem(ctx, refused);
        } catch (RuntimeException e) {
            LOG.errorf(e, "evidence upload %s failed", ctx.request().path());
            if (!ctx.response().headWritten()) {
                problem(ctx, PlatformProblem.INTERNAL_ERROR.refuse("the upload failed unexpectedly"));
            }
        }
    }

    private void authorised(RoutingContext ctx, SecurityIdentity identity, Context context) {
        if (identity.isAnonymous()) {
            problem(ctx, PlatformProblem.UNAUTHENTICATED.refuse("a valid bearer token is required"));
            return;
        }
        if (!identity.hasRole(Roles.OFFICER)) {
            problem(ctx, EvidenceProblem.OFFICERS_ONLY.refuse("evidence is taken in by officers"));
            return;
        }
        HttpServerRequest request = ctx.request();
        String caseId = ctx.pathParam("caseId");
        String agency = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("agency_code") : null;
        Recording recording;
        long declaredLength;
        try {
            recording = recordingOf(request);
            declaredLength = request.getHeader("Content-Length") == null ? -1 : Long.parseLong(request.getHeader("Content-Length"));
        } catch (ProblemException refused) {
            problem(ctx, refused);
            return;
        }
        String actor = identity.getPrincipal().getName();
        String origin = EvidenceAccess.originOf(request);
        String idempotencyKey = request.getHeader(IdempotentCommandInterceptor.HEADER);
        RequestBodyStream body = new RequestBodyStream(request, context, 60_000);
        vertx.<IdempotentUploads.Outcome>executeBlocking(() -> {
            KnownCase knownCase = QuarkusTransaction.requiringNew().call(() -> KnownCase.<KnownCase>findById(caseId));
            if (knownCase == null) {
                throw EvidenceProblem.CASE_NOT_KNOWN.refuse("evidence-service knows no case " + caseId);
            }
            if (!knownCase.agencyCode.equals(agency)) {
                throw PlatformProblem.OUTSIDE_OWN_AGENCY.refuse(
                        "you act for agency " + agency + ", not for " + knownCase.agencyCode);
            }
            if (idempotencyKey != null) {
                Optional<StoredResponse> earlier = once.earlier(actor, idempotencyKey, caseId, recording, declaredLength);
                if (earlier.isPresent()) {
                    return new IdempotentUploads.Replayed(earlier.get());
                }
            }
            EvidenceIntake.Received received = intake.receive(knownCase, recording, body, declaredLength);
            return once.register(knownCase, received, recording, declaredLength, actor, origin, idempotencyKey);
        }, false).onComplete(done -> {
            if (done.succeeded() && done.result() instanceof IdempotentUploads.Registered registered) {
                respond(ctx, 201, "application/json", EvidenceView.of(registered.evidence()), locationOf(registered.evidence()));
            } else if (done.succeeded() && done.result() instanceof IdempotentUploads.Replayed replayed) {
                replay(ctx, replayed.earlier());
            } else if (done.cause() instanceof ProblemException refused) {
                problem(ctx, refused);
            } else {
                LOG.errorf(done.cause(), "evidence upload to case %s failed", caseId);
                problem(ctx, PlatformProblem.INTERNAL_ERROR.refuse("the upload failed unexpectedly"));
            }
        });
    }

    static String locationOf(Evidence evidence) {
        return "/api/v1/evidence/" + evidence.evidenceId;
    }

    private static Recording recordingOf(HttpServerRequest request) {
        try {
            EvidenceKind kind = EvidenceKind.valueOf(required(request, "kind"));
            String recordedBy = required(request, "recordedBy");
            if (!recordedBy.matches("\\d{14}")) {
                throw new IllegalArgumentException("recordedBy");
            }
            Instant recordedAt = Instant.parse(required(request, "recordedAt"));
            return new Recording(kind, bounded("stage", Recording.STAGE_LENGTH, required(request, "stage")),
                    plausible(recordedAt), recordedBy, bounded("deviceId", Recording.DEVICE_LENGTH, request.getParam("deviceId")),
                    bounded("location", Recording.LOCATION_LENGTH, request.getParam("location")),
                    bounded("description", Recording.DESCRIPTION_LENGTH, request.getParam("description")));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw EvidenceProblem.EVIDENCE_METADATA_INCOMPLETE.refuse("give kind (one of the eight kinds of PL 46), stage, "
                    + "recordedAt (ISO instant) and recordedBy (the recording officer's 14-digit credential number)");
        }
    }

    /** The metadata are bounded as they are stored, and refused before a byte of the file is read. */
    private static String bounded(String name, int maxLength, String value) {
        if (value != null && value.length() > maxLength) {
            throw EvidenceProblem.EVIDENCE_METADATA_INVALID.refuse(name + " is limited to " + maxLength + " characters");
        }
        return value;
    }

    private static Instant plausible(Instant recordedAt) {
        if (!PlausibleDates.contains(recordedAt)) {
            throw EvidenceProblem.EVIDENCE_METADATA_INVALID.refuse("recordedAt must lie " + PlausibleDates.range());
        }
        return recordedAt;
    }

    private static String required(HttpServerRequest request, String name) {
        String value = request.getParam(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name);
        }
        return value;
    }

    /** The first attempt's answer; the body of this one is not read. */
    private void replay(RoutingContext ctx, StoredResponse earlier) {
        closeUnlessBodyRead(ctx);
        var response = ctx.response().setStatusCode(earlier.status()).putHeader("Content-Type", "application/json")
                .putHeader(IdempotentCommandInterceptor.REPLAY_HEADER, "true");
        if (earlier.location() != null) {
            response.putHeader("Location", earlier.location());
        }
        response.end(earlier.body());
    }

    private static void closeUnlessBodyRead(RoutingContext ctx) {
        if (!ctx.request().isEnded()) {
            // the rest of the body will not be read: close the connection after answering
            ctx.response().putHeader("Connection", "close");
        }
    }

    private void problem(RoutingContext ctx, ProblemException refused) {
        int status = refused.status();
        closeUnlessBodyRead(ctx);
        respond(ctx, status, Problem.MEDIA_TYPE, Problem.of(refused, ctx.request().path()), null);
    }

    private void respond(RoutingContext ctx, int status, String type, Object body, String location) {
        try {
            var response = ctx.response().setStatusCode(status).putHeader("Content-Type", type);
            if (location != null) {
                response.putHeader("Location", location);
            }
            response.end(json.writeValueAsString(body));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }
}
