package cn.enforcement.cases.domain.catalogue;

import cn.enforcement.cases.domain.RuleDataPublication;
import cn.enforcement.platform.events.cases.ViolationItemPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/** Each catalogue item, as it changes, for the services that publish or count it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CataloguePublication {

    private final RuleDataPublication publication;

    CataloguePublication(RuleDataPublication publication) {
        this.publication = publication;
    }

    public void publishIfChanged(ViolationItem item) {
        List<ViolationItemPublished.Tier> tiers = item.tiers.stream().sorted(Comparator.comparing(t -> t.level))
                .map(t -> new ViolationItemPublished.Tier(t.level.name(), t.description, t.degreeFrom, t.degreeTo, t.individualMin,
                        t.individualMax, t.organisationMin, t.organisationMax)).toList();
        publication.publishIfChanged("violation-item-" + item.code,
                List.of(item.name, item.enforcementField, item.illegalActBasis, item.penaltyBasis, item.measure, item.workSafety,
                        item.onExemptionList, tiers),
                at -> new ViolationItemPublished(item.code, item.name, item.enforcementField, item.illegalActBasis, item.penaltyBasis,
                        item.measure, item.workSafety, item.onExemptionList, tiers, at));
    }

    public void publishChangedItems() {
        ViolationItem.<ViolationItem>listAll().forEach(this::publishIfChanged);
    }
}
