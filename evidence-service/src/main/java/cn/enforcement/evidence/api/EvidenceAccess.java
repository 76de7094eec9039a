package cn.enforcement.evidence.api;

import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.platform.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.security.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * Officers of the case's agency upload and read its evidence; evidence custodians of the agency
 * manage holds and retention; supervisors read within their region; judicial partners see only
 * packages sent to them.
 */
@RequestScoped
public class EvidenceAccess {

    /** The agency's staff who work with its evidence. */
    private static final Set<String> EVIDENCE_STAFF = Set.of(Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER,
            Roles.EVIDENCE_CUSTODIAN);

    private final AgencyScope scope;
    private final HttpServerRequest request;

    EvidenceAccess(AgencyScope scope, HttpServerRequest request) {
        this.scope = scope;
        this.request = request;
    }

    public KnownCase caseForUpload(String caseId) {
        KnownCase knownCase = knownCase(caseId);
        if (!scope.hasRole(Roles.OFFICER)) {
            throw ProblemException.forbidden("OFFICERS_ONLY", "evidence is taken in by officers");
        }
        scope.requireOwnAgency(knownCase.agencyCode);
        return knownCase;
    }

    public KnownCase caseForRead(String caseId) {
        KnownCase knownCase = knownCase(caseId);
        requireRead(knownCase.agencyCode, knownCase.regionCode);
        return knownCase;
    }

    public Evidence evidenceForRead(String evidenceId) {
        Evidence evidence = evidence(evidenceId);
        requireRead(evidence.agencyCode, evidence.regionCode);
        return evidence;
    }

    public Evidence evidenceForCustodian(String evidenceId) {
        Evidence evidence = evidence(evidenceId);
        if (!scope.hasRole(Roles.EVIDENCE_CUSTODIAN)) {
            throw ProblemException.forbidden("CUSTODIANS_ONLY", "holds and retention are the evidence custodian's");
        }
        scope.requireOwnAgency(evidence.agencyCode);
        return evidence;
    }

    public boolean mayReadPackageOf(KnownCase knownCase) {
        if (scope.hasRole(Roles.JUDICIAL_PARTNER)) {
            return scope.regionCode().covers(new RegionCode(knownCase.regionCode));
        }
        return mayRead(knownCase.agencyCode, knownCase.regionCode);
    }

    public String actor() {
        return scope.subject();
    }

    public String origin() {
        return originOf(request);
    }

    /** Where a request came from, for the custody log: the gateway's X-Forwarded-For, else the peer. */
    static String originOf(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        return forwarded != null ? forwarded : request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    private void requireRead(String agencyCode, String regionCode) {
        scope.requireRead(agencyCode, regionCode, EVIDENCE_STAFF);
    }

    private boolean mayRead(String agencyCode, String regionCode) {
        return scope.mayRead(agencyCode, regionCode, EVIDENCE_STAFF);
    }

    private static KnownCase knownCase(String caseId) {
        return KnownCase.<KnownCase>findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("CASE_NOT_KNOWN", "evidence-service knows no case " + caseId));
    }

    private static Evidence evidence(String evidenceId) {
        return Evidence.<Evidence>findByIdOptional(evidenceId)
                .orElseThrow(() -> ProblemException.notFound("EVIDENCE_NOT_FOUND", "no evidence " + evidenceId));
    }
}
