package cn.enforcement.evidence.api;

import cn.enforcement.evidence.domain.EvidenceProblem;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * Officers of the case's agency upload and read its evidence; evidence custodians of the agency
 * manage holds and retention; supervisors read within their region; an evaluator of another agency reads
 * the evidence of a file drawn for them until they have scored it; judicial partners see only packages sent to them.
 */
@RequestScoped
public class EvidenceAccess {

    /** The agency's staff who work with its evidence. */
    private static final Set<String> EVIDENCE_STAFF = Set.of(Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER,
            Roles.EVIDENCE_CUSTODIAN);

    /** The longest textual IPv6 address. */
    private static final int MAX_ADDRESS_LENGTH = 45;

    private final AgencyScope scope;
    private final HttpServerRequest request;

    EvidenceAccess(AgencyScope scope, HttpServerRequest request) {
        this.scope = scope;
        this.request = request;
    }

    public KnownCase caseForUpload(String caseId) {
        KnownCase knownCase = knownCase(caseId);
        if (!scope.hasRole(Roles.OFFICER)) {
            throw EvidenceProblem.OFFICERS_ONLY.refuse("evidence is taken in by officers");
        }
        scope.requireOwnAgency(knownCase.agencyCode, knownCase.regionCode, () -> unknownCase(caseId));
        return knownCase;
    }

    public KnownCase caseForRead(String caseId) {
        KnownCase knownCase = knownCase(caseId);
        if (!mayRead(knownCase.agencyCode, knownCase.regionCode) && !scope.evaluates(caseId)) {
            throw unknownCase(caseId);
        }
        return knownCase;
    }

    public Evidence evidenceForRead(String evidenceId) {
        Evidence evidence = evidence(evidenceId);
        if (!mayRead(evidence.agencyCode, evidence.regionCode) && !scope.evaluates(evidence.caseId)) {
            throw unknownEvidence(evidenceId);
        }
        return evidence;
    }

    public Evidence evidenceForCustodian(String evidenceId) {
        Evidence evidence = evidence(evidenceId);
        if (!scope.hasRole(Roles.EVIDENCE_CUSTODIAN)) {
            throw EvidenceProblem.CUSTODIANS_ONLY.refuse("holds and retention are the evidence custodian's");
        }
        scope.requireOwnAgency(evidence.agencyCode, evidence.regionCode, () -> unknownEvidence(evidenceId));
        return evidence;
    }

    public boolean mayReadPackageOf(KnownCase knownCase) {
        if (scope.hasRole(Roles.JUDICIAL_PARTNER)) {
            String body = scope.agencyCode();
            return knownCase != null && body != null
                    && (body.equals(knownCase.transferReceiverCode) || body.equals(knownCase.supervisingProcuratorate));
        }
        return mayRead(knownCase.agencyCode, knownCase.regionCode);
    }

    public String actor() {
        return scope.subject();
    }

    public String origin() {
        return originOf(request);
    }

    /**
     * Where a request came from, for the custody log: the client address the gateway found (its
     * X-Forwarded-For holds that one address), else the peer; never more than an address's length.
     */
    static String originOf(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        String origin = forwarded != null ? forwarded.split(",")[0].trim()
                : request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return origin == null || origin.length() <= MAX_ADDRESS_LENGTH ? origin : origin.substring(0, MAX_ADDRESS_LENGTH);
    }

    private boolean mayRead(String agencyCode, String regionCode) {
        return scope.mayRead(agencyCode, regionCode, EVIDENCE_STAFF);
    }

    private static KnownCase knownCase(String caseId) {
        return KnownCase.<KnownCase>findByIdOptional(caseId).orElseThrow(() -> unknownCase(caseId));
    }

    private static Evidence evidence(String evidenceId) {
        return Evidence.<Evidence>findByIdOptional(evidenceId).orElseThrow(() -> unknownEvidence(evidenceId));
    }

    /** The answers for what does not exist, and for what the caller may not know of. */
    private static ProblemException unknownCase(String caseId) {
        return EvidenceProblem.CASE_NOT_KNOWN.refuse("evidence-service knows no case " + caseId);
    }

    private static ProblemException unknownEvidence(String evidenceId) {
        return EvidenceProblem.EVIDENCE_NOT_FOUND.refuse("no evidence " + evidenceId);
    }
}
