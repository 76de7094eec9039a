package cn.enforcement.disclosure.domain;

import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The versions of an agency's profile. What the public saw in force on a past day never changes: a new
 * version starts today or later, and only a version not yet past may be replaced.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AgencyProfiles {

    private final Clock clock;

    AgencyProfiles(Clock clock) {
        this.clock = clock;
    }

    public AgencyProfile record(AgencyProfile version, String recordedBy) {
        if (version.effectiveFrom.isBefore(BeijingTime.today(clock))) {
            throw DisclosureProblem.PROFILE_BACKDATED.refuse(
                    "a new version is in force from today or a later day, not " + version.effectiveFrom);
        }
        AgencyProfile.delete("agencyCode = ?1 and effectiveFrom = ?2", version.agencyCode, version.effectiveFrom);
        AgencyProfile.flush();
        version.recordedBy = recordedBy;
        version.recordedAt = clock.instant();
        version.persist();
        return version;
    }
}
