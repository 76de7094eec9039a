package cn.enforcement.review.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.EventCatalog;
import cn.enforcement.platform.events.EventType;
import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.cases.ReviewFile;
import cn.enforcement.platform.events.personnel.LegalQualificationRecorded;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.ChecklistPoint;
import cn.enforcement.review.domain.LegalReview;
import cn.enforcement.review.readmodel.KnownOfficer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the other services tell review-service, published as they publish it, and calls as the demo users. */
final class ReviewWorld {

    static final String AGENCY = "220100001";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ReviewWorld() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    static void publish(DomainEvent event) {
        EventType type = EventCatalog.of(event.getClass());
        try {
            KafkaRecords.send(event("test." + type.producer().topic(), newId(), type.typeName(), event.aggregateId(),
                    JSON.writeValueAsString(event)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An officer as personnel-service registers them, optionally with a login and the legal qualification. */
    static String officer(String agency, String username, LocalDate qualifiedOn) {
        String officerId = UUID.randomUUID().toString();
        publish(new OfficerRegistered(officerId, "审核员" + officerId.substring(0, 4), agency, agency.substring(0, 6), "法制审核员",
                List.of("ROAD_TRANSPORT"), username, Instant.now()));
        if (qualifiedOn != null) {
            publish(new LegalQualificationRecorded(officerId, agency, agency.substring(0, 6), true, "A" + officerId.substring(0, 8),
                    qualifiedOn, Instant.now()));
        }
        return officerId;
    }

    /** The demo reviewer cc-legal, known to review-service with the qualification since 2015. */
    static String ccLegal() {
        String officerId = officer(AGENCY, "cc-legal", LocalDate.of(2015, 12, 20));
        awaitKnown(officerId, true);
        return officerId;
    }

    static void awaitKnown(String officerId, boolean qualified) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            KnownOfficer known = KnownOfficer.findById(officerId);
            return known != null && known.qualified == qualified;
        }));
    }

    static ReviewFile file(String handlingOfficerId, List<ReviewFile.Evidence> evidence) {
        return new ReviewFile(new ReviewFile.Party("INDIVIDUAL", "刘某", "220102********0314"), LocalDate.now(BeijingTime.ZONE).minusDays(10),
                "G1京哈高速长春收费站", "当事人驾驶吉A12345号货车违法超限运输",
                List.of(new ReviewFile.Violation("RA-01", "车辆违法超限运输", "《公路安全保护条例》第三十三条", "《公路安全保护条例》第六十四条")),
                new ReviewFile.ProposedPenalty("FINE", new BigDecimal("20000")), new ReviewFile.Discretion("ESPECIALLY_SERIOUS", false, null),
                null, List.of(new ReviewFile.HandlingOfficer("22010000000001", handlingOfficerId, "张伟")), evidence,
                List.of(new ReviewFile.TimelineEntry(Instant.now(), "NOTICE_ISSUED", "cc-officer-1", "告知 FINE 20000")));
    }

    static ReviewFile.Evidence evidence(String kind) {
        return new ReviewFile.Evidence(UUID.randomUUID().toString(), kind, "INVESTIGATION", "c".repeat(64), Instant.now());
    }

    /** case-service asks for a round of review; returns the request id. */
    static String request(CaseRef caseRef, int round, ReviewFile file) {
        String requestId = UUID.randomUUID().toString();
        publish(new LegalReviewRequested(caseRef, requestId, round, List.of("LARGE_FINE"), true, List.of("22010000000001"), file,
                Instant.now()));
        return requestId;
    }

    static CaseRef newCase() {
        String caseId = UUID.randomUUID().toString();
        return new CaseRef(caseId, AGENCY + "-2026-" + caseId.substring(0, 6), AGENCY, "220100");
    }

    /** The review of a request, once review-service has received it. */
    static String reviewOf(String requestId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                LegalReview.<LegalReview>find("requestId", requestId)
                        .firstResultOptional().map(r -> r.reviewId).orElse(null)), Objects::nonNull);
    }

    static String checklist(String failedPoint, String note) {
        StringBuilder points = new StringBuilder();
        for (ChecklistPoint point : ChecklistPoint.values()) {
            boolean failed = point.name().equals(failedPoint);
            points.append(points.isEmpty() ? "" : ",").append("{\"point\":\"").append(point).append("\",\"passed\":").append(!failed)
                    .append(failed ? ",\"note\":\"" + note + "\"" : "").append('}');
        }
        return "[" + points + "]";
    }
}
