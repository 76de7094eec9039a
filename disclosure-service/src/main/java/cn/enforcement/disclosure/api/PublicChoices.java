package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.readmodel.EnforcementPower;
import cn.enforcement.platform.agencies.KnownAgencies;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * What the public chooses from instead of typing codes nobody knows: the agencies in force by name, the violation items
 * by name, the enforcement fields in Chinese; and the platform's own name for the header and footer. Templates reach it
 * as {@code inject:site}.
 */
@ApplicationScoped
@Named("site")
@Unremovable
public class PublicChoices {

    /** A choice of a select: the value sent and the text shown. */
    public record Choice(String value, String text) {
    }

    private static final Map<String, String> FIELDS = Map.of("ROAD_TRANSPORT", "道路运输", "ROAD_ADMINISTRATION", "公路路政",
            "WATERWAY_TRANSPORT", "水路运输", "WATERWAY_ADMINISTRATION", "航道行政", "MARITIME", "地方海事", "PORT", "港口行政",
            "CONSTRUCTION_QUALITY", "工程质量监督");

    private final KnownAgencies agencies;
    private final PublicSite site;

    PublicChoices(KnownAgencies agencies, PublicSite site) {
        this.agencies = agencies;
        this.site = site;
    }

    public String name() {
        return site.name();
    }

    public String sponsor() {
        return site.sponsor();
    }

    public String hotline() {
        return site.hotline();
    }

    public List<Choice> agencies() {
        return agencies.inForce().stream().map(a -> new Choice(a.agencyCode, a.fullName)).toList();
    }

    public List<Choice> violationItems() {
        return EnforcementPower.<EnforcementPower>list("order by code").stream().map(p -> new Choice(p.code, p.name)).toList();
    }

    public List<Choice> fields() {
        return FIELDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    /** An agency's name, or its code when the registry does not know it (yet). */
    public String agencyName(String agencyCode) {
        return agencies.find(agencyCode).map(a -> a.fullName).orElse(agencyCode);
    }
}
