package cn.enforcement.platform.events.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The review file (送审材料) as it stands when review is asked for: what the reviewer must see to
 * check the ten points, carried in the request so that review-service never calls case-service.
 */
public record ReviewFile(
        Party party,
        LocalDate occurredOn,
        String place,
        String facts,
        List<Violation> violations,
        ProposedPenalty proposedPenalty,
        Discretion discretion,
        Hearing hearing,
        List<HandlingOfficer> handlingOfficers,
        List<Evidence> evidence,
        List<TimelineEntry> timeline) {

    /** The party; an individual's identity number is masked. */
    public record Party(String type, String name, String identifier) {
    }

    /** A violation item with its legal basis: the article breached and the article that sets the penalty. */
    public record Violation(String code, String name, String illegalActBasis, String penaltyBasis) {
    }

    /** The penalty as notified. */
    public record ProposedPenalty(String kind, BigDecimal amount) {
    }

    /** The discretion tier (裁量阶次) chosen and whether, and why, the proposal leaves the benchmark range. */
    public record Discretion(String tier, boolean outsideRange, String reasons) {
    }

    /** Whether a hearing was asked for and held (a decision after a hearing is always reviewed). */
    public record Hearing(Instant requestedAt, Instant settledAt, boolean defaulted) {
    }

    /** An officer in charge of the case: none of them may review it. */
    public record HandlingOfficer(String credentialNumber, String officerId, String name) {
    }

    /** An item of evidence as evidence-service recorded it. */
    public record Evidence(String evidenceId, String kind, String stage, String sha256, Instant recordedAt) {
    }

    /** One act on the case so far. */
    public record TimelineEntry(Instant at, String act, String actor, String detail) {
    }
}
