package cn.enforcement.platform.security;

import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who the caller acts for, from the token's {@code agency_code} and {@code region_code} claims.
 * Agency staff read and change only their agency's records; supervisors read what lies in their region.
 * This class is the one place that rule is written; every service asks it.
 */
@RequestScoped
public class AgencyScope {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    AgencyScope(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String agencyCode() {
        return token.getClaim("agency_code");
    }

    public RegionCode regionCode() {
        String claim = token.getClaim("region_code");
        if (!RegionCode.isValid(claim)) {
            throw PlatformProblem.REGION_CLAIM_MISSING.refuse("the token carries no valid region_code claim");
        }
        return new RegionCode(claim);
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }

    /** The caller's login name ({@code preferred_username}), e.g. to find an officer's own record. */
    public String username() {
        return token.getClaim("preferred_username");
    }

    /** Who acted, as records name them: the login, or the token's subject for a caller without one. */
    public String actor() {
        return username() == null ? subject() : username();
    }

    /**
     * Province-wide rule data (the discretion benchmark, the working-day calendar) is kept by the
     * provincial department: supervisors whose region is a province.
     */
    public void requireProvincialSupervisor() {
        if (isPartnerSystem()) {
            throw PlatformProblem.PARTNER_READ_ONLY.refuse("partner systems read; rule data is kept by named staff");
        }
        if (!hasRole(Roles.SUPERVISOR) || !regionCode().value().endsWith("0000")) {
            throw PlatformProblem.PROVINCIAL_SUPERVISOR_ONLY.refuse("province-wide rule data is kept by provincial supervisors");
        }
    }

    /** A partner system calling with client credentials (a Keycloak service account), not a person. */
    public boolean isPartnerSystem() {
        String username = username();
        return username != null && username.startsWith("service-account-");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Changes are made only by staff of the owning agency. */
    public void requireOwnAgency(String agencyCode) {
        if (agencyCode == null || !agencyCode.equals(agencyCode())) {
            throw PlatformProblem.OUTSIDE_OWN_AGENCY.refuse("you act for agency " + agencyCode() + ", not for " + agencyCode);
        }
    }

    /**
     * The one read rule: staff of the owning agency in one of {@code staffRoles}, or a supervisor whose
     * region covers the record's region (220000 covers 2201xx).
     */
    public boolean mayRead(String agencyCode, String regionCode, Set<String> staffRoles) {
        boolean ownAgencyStaff = agencyCode != null && agencyCode.equals(agencyCode()) && staffRoles.stream().anyMatch(this::hasRole);
        return ownAgencyStaff || supervises(regionCode);
    }

    /** Whether the caller evaluates this case file in an evaluation round and has not scored it yet ({@link EvaluationGrant}). */
    public boolean evaluates(String caseId) {
        return EvaluationGrant.lets(username(), caseId);
    }

    /**
     * A record outside the caller's scope answers exactly as an unknown one ({@code unknown}), so that
     * whether another agency's case or officer exists does not leak.
     */
    public void requireRead(String agencyCode, String regionCode, Set<String> staffRoles, Supplier<ProblemException> unknown) {
        if (!mayRead(agencyCode, regionCode, staffRoles)) {
            throw unknown.get();
        }
    }

    /**
     * An act on an existing record, reserved to the owning agency's staff: a supervisor who may read it is
     * refused (403); to anyone else the record is unknown.
     */
    public void requireOwnAgency(String agencyCode, String regionCode, Supplier<ProblemException> unknown) {
        if (agencyCode != null && agencyCode.equals(agencyCode())) {
            return;
        }
        if (supervises(regionCode)) {
            throw PlatformProblem.OUTSIDE_OWN_AGENCY.refuse("you act for agency " + agencyCode() + ", not for " + agencyCode);
        }
        throw unknown.get();
    }

    /** A supervisor whose region covers the given one. */
    public boolean supervises(String regionCode) {
        return hasRole(Roles.SUPERVISOR) && RegionCode.isValid(regionCode) && regionCode().covers(new RegionCode(regionCode));
    }

    /**
     * The read rule as a query restriction on a list: a supervisor's region, or else the caller's own
     * agency. {@code agencyField} and {@code regionField} name the entity's fields.
     */
    public Restriction readableWhere(String agencyField, String regionField) {
        if (hasRole(Roles.SUPERVISOR)) {
            return new Restriction(regionField + " like :scopeRegion", Map.of("scopeRegion", regionCode().prefix() + "%"));
        }
        return new Restriction(agencyField + " = :scopeAgency", Map.of("scopeAgency", agencyCode()));
    }

    /** A query clause with its named parameters. */
    public record Restriction(String clause, Map<String, Object> parameters) {
    }
}
