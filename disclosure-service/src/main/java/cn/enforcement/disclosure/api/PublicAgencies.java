package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.AgencyProfile;
import cn.enforcement.disclosure.domain.DisclosureProblem;
import cn.enforcement.platform.agencies.KnownAgencies;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The agencies as the public sees them on a day (today unless asked), each with its list of powers. */
@ApplicationScoped
public class PublicAgencies {

    private final Clock clock;
    private final KnownAgencies registry;

    PublicAgencies(Clock clock, KnownAgencies registry) {
        this.clock = clock;
        this.registry = registry;
    }

    public List<AgencyProfileView> all(LocalDate on) {
        return AgencyProfile.allInForce(dayOf(on)).stream().map(p -> AgencyProfileView.of(p, false)).toList();
    }

    /** The profile in force on the day; today, an agency of the registry that published none yet shows its name. */
    public AgencyProfileView one(String agencyCode, LocalDate on) {
        return AgencyProfile.inForce(agencyCode, dayOf(on)).map(p -> AgencyProfileView.of(p, true))
                .or(() -> on == null ? registry.find(agencyCode).map(AgencyProfileView::registeredOnly) : Optional.empty())
                .orElseThrow(() -> DisclosureProblem.AGENCY_NOT_FOUND.refuse(
                        "no profile of agency " + agencyCode + " in force on " + dayOf(on)));
    }

    private LocalDate dayOf(LocalDate on) {
        return on == null ? BeijingTime.today(clock) : on;
    }
}
