package cn.enforcement.platform.agencies;

import cn.enforcement.platform.events.personnel.AgencyRecorded;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.problem.PlatformProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The agency registry as every service but its keeper holds it, kept from personnel-service's AgencyRecorded: names for
 * pages and answers, and the check of every agency code a request names.
 */
@ApplicationScoped
public class KnownAgencies {

    private final Clock clock;

    KnownAgencies(Clock clock) {
        this.clock = clock;
    }

    /** The registry's latest record of an agency; an older one arriving late changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(AgencyRecorded event) {
        KnownAgency agency = KnownAgency.findById(event.agencyCode());
        if (agency != null && !event.recordedAt().isAfter(agency.recordedAt)) {
            return;
        }
        boolean known = agency != null;
        if (!known) {
            agency = new KnownAgency();
            agency.agencyCode = event.agencyCode();
        }
        agency.fullName = event.fullName();
        agency.shortName = event.shortName();
        agency.regionCode = event.regionCode();
        agency.parentCode = event.parentCode();
        agency.creditCode = event.creditCode();
        agency.inForceFrom = event.inForceFrom();
        agency.inForceTo = event.inForceTo();
        agency.recordedAt = event.recordedAt();
        if (!known) {
            agency.persist();
        }
    }

    /** A code a request names must be an agency of the registry in force today: else 422 AGENCY_UNKNOWN. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownAgency requireInForce(String agencyCode) {
        return find(agencyCode).filter(agency -> agency.inForceOn(BeijingTime.today(clock)))
                .orElseThrow(() -> PlatformProblem.AGENCY_UNKNOWN.refuse("no enforcement agency " + agencyCode + " is in force in the registry"));
    }

    /** A filter that names an agency names one of the registry, in force or not (history stays searchable); no filter, no check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireKnownWhenNamed(String agencyCode) {
        if (agencyCode != null && find(agencyCode).isEmpty()) {
            throw PlatformProblem.AGENCY_UNKNOWN.refuse("no enforcement agency " + agencyCode + " in the registry");
        }
    }

    /**
     * A region a request names is one the registry's agencies in force serve: it holds one of them, or lies within the
     * region of one (a county under a city's agency). Else nobody would ever see what is filed under it: 422 REGION_UNKNOWN.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireRegionServed(String regionCode) {
        RegionCode region = new RegionCode(regionCode);
        boolean served = inForce().stream().map(agency -> new RegionCode(agency.regionCode))
                .anyMatch(agencyRegion -> region.covers(agencyRegion) || agencyRegion.covers(region));
        if (!served) {
            throw PlatformProblem.REGION_UNKNOWN.refuse("no enforcement agency of the registry serves region " + regionCode);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KnownAgency> find(String agencyCode) {
        return agencyCode == null || agencyCode.length() > 9 ? Optional.empty() : KnownAgency.findByIdOptional(agencyCode);
    }

    /** The agencies in force today, by region and code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KnownAgency> inForce() {
        return KnownAgency.<KnownAgency>list("order by regionCode, agencyCode").stream()
                .filter(agency -> agency.inForceOn(BeijingTime.today(clock))).toList();
    }
}
