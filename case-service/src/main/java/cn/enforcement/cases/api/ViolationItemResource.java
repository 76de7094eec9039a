package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.catalogue.CataloguePublication;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Assessment;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Circumstance;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Level;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark;
import cn.enforcement.cases.domain.catalogue.TierRow;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.cases.domain.catalogue.CriminalMeasure;
import cn.enforcement.cases.domain.catalogue.CriminalThreshold;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The violation catalogue with its discretion benchmark (裁量基准), exemption list (免罚清单) and criminal thresholds. */
@Tag(name = "rule data")
@Path("/api/v1/violation-items")
@RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
public class ViolationItemResource {

    private final AgencyScope scope;
    private final Clock clock;
    private final CataloguePublication catalogue;
    private final RuleDataHistory history;

    ViolationItemResource(AgencyScope scope, Clock clock, CataloguePublication catalogue, RuleDataHistory history) {
        this.scope = scope;
        this.clock = clock;
        this.catalogue = catalogue;
        this.history = history;
    }

    /** A tier of the benchmark; degrees and fines bounded as they are stored (numeric 14,2 and 12,2). */
    public record TierView(@NotNull Level level, @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal degreeFrom,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal degreeTo,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal individualMin,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal individualMax,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal organisationMin,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal organisationMax) {
    }

    /** A criminal threshold (涉嫌犯罪追诉标准): facts measured at or above {@code atLeast} are a suspected crime. */
    public record ThresholdView(@NotNull CriminalMeasure measure,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal atLeast,
            @NotBlank @Size(max = 200) String description, @NotBlank @Size(max = 300) String basis) {
    }

    public record ItemView(String code, @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String enforcementField,
            @NotBlank @Size(max = 300) String illegalActBasis, @NotBlank @Size(max = 300) String penaltyBasis,
            @NotBlank @Size(max = 50) String measure, boolean workSafety, boolean onExemptionList,
            @NotEmpty @Size(max = 4) List<@Valid @NotNull TierView> tiers,
            @Schema(description = "Criminal thresholds of the item; none when omitted") @Size(max = 10)
            List<@Valid @NotNull ThresholdView> criminalThresholds) {

        static ItemView of(ViolationItem item) {
            return new ItemView(item.code, item.name, item.enforcementField, item.illegalActBasis, item.penaltyBasis,
                    item.measure, item.workSafety, item.onExemptionList,
                    item.tiers.stream().sorted(java.util.Comparator.comparing(t -> t.level))
                            .map(t -> new TierView(t.level, t.description, t.degreeFrom, t.degreeTo, t.individualMin,
                                    t.individualMax, t.organisationMin, t.organisationMax)).toList(),
                    item.criminalThresholds.stream().map(t -> new ThresholdView(t.measure, t.atLeast, t.description, t.basis)).toList());
        }
    }

    public record DiscretionView(String code, String name, String penaltyBasis, PartyType partyType, BigDecimal degree,
            Set<Circumstance> circumstances, Level tier, BigDecimal min, BigDecimal max, String explanation) {
    }

    @Operation(operationId = "listViolationItems", summary = "The violation catalogue with its discretion benchmarks",
            description = "Every violation item (违法行为事项) with the articles it breaks and that punish it, the measure of "
                    + "its degree, whether it is on the exemption list (免罚清单), and its discretion benchmark tiers "
                    + "(裁量基准, seed 000); `field` filters by enforcement field.")
    @GET
    public List<ItemView> list(@QueryParam("field") String field) {
        List<ViolationItem> items = field == null ? ViolationItem.list("order by code")
                : ViolationItem.list("enforcementField = ?1 order by code", field);
        return items.stream().map(ItemView::of).toList();
    }

    @Operation(operationId = "getViolationItem", summary = "One violation item with its legal basis and tiers")
    @GET
    @Path("/{code}")
    public ItemView get(@PathParam("code") String code) {
        return ItemView.of(find(code));
    }

    /**
     * The tier and fine range for a violation of this degree by this party under these
     * circumstances, and why. A proposed fine outside the range needs written reasons and legal review.
     */
    @Operation(operationId = "assessDiscretion", summary = "The discretion tier and fine range for a degree and circumstances (裁量基准)")
    @GET
    @Path("/{code}/discretion")
    public DiscretionView discretion(@PathParam("code") String code, @QueryParam("partyType") PartyType partyType,
            @QueryParam("degree") @Digits(integer = 12, fraction = 2) BigDecimal degree,
            @QueryParam("circumstances") List<Circumstance> circumstances) {
        if (partyType == null || degree == null || degree.signum() < 0) {
            throw CaseProblem.DISCRETION_QUERY_INCOMPLETE.refuse(
                    "give partyType (INDIVIDUAL or ORGANISATION) and degree (zero or more, in the item's measure)");
        }
        ViolationItem item = find(code);
        Set<Circumstance> given = circumstances == null || circumstances.isEmpty() ? EnumSet.noneOf(Circumstance.class)
                : EnumSet.copyOf(circumstances);
        Assessment assessment = DiscretionBenchmark.assess(item.name, item.measure, item.benchmark(), partyType, degree, given);
        return new DiscretionView(item.code, item.name, item.penaltyBasis, partyType, degree, given, assessment.level(),
                assessment.min(), assessment.max(), assessment.explanation());
    }

    /** Sets an item and its tiers; the benchmark is provincial data, kept by provincial supervisors. */
    @Operation(operationId = "setViolationItem", summary = "Set an item and its tiers (provincial supervisors)")
    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    public ItemView put(@PathParam("code") @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+") String code, @Valid @NotNull ItemView body) {
        scope.requireProvincialSupervisor();
        if (body.tiers().stream().map(TierView::level).distinct().count() < body.tiers().size()) {
            throw CaseProblem.TIER_LEVEL_DUPLICATE.refuse(
                    "each level (minor, ordinary, serious, especially serious) has at most one tier");
        }
        if (body.workSafety() && body.onExemptionList()) {
            throw CaseProblem.EXEMPTION_NOT_FOR_WORK_SAFETY.refuse(
                    "an item touching work safety cannot be on the exemption list (seed 001)");
        }
        for (TierView tier : body.tiers()) {
            if (tier.individualMin().compareTo(tier.individualMax()) > 0 || tier.organisationMin().compareTo(tier.organisationMax()) > 0
                    || tier.degreeTo() != null && tier.degreeTo().compareTo(tier.degreeFrom()) <= 0) {
                throw CaseProblem.TIER_RANGE_INVALID.refuse(
                        "tier " + tier.level() + ": minimums must not exceed maximums, and degreeTo must exceed degreeFrom");
            }
        }
        ViolationItem item = ViolationItem.<ViolationItem>findByIdOptional(code).orElseGet(() -> {
            ViolationItem created = new ViolationItem();
            created.code = code;
            return created;
        });
        item.name = body.name();
        item.enforcementField = body.enforcementField();
        item.illegalActBasis = body.illegalActBasis();
        item.penaltyBasis = body.penaltyBasis();
        item.measure = body.measure();
        item.workSafety = body.workSafety();
        item.onExemptionList = body.onExemptionList();
        item.updatedAt = clock.instant();
        item.tiers.clear();
        for (TierView tier : body.tiers()) {
            TierRow row = new TierRow();
            row.level = tier.level();
            row.description = tier.description();
            row.degreeFrom = tier.degreeFrom();
            row.degreeTo = tier.degreeTo();
            row.individualMin = tier.individualMin();
            row.individualMax = tier.individualMax();
            row.organisationMin = tier.organisationMin();
            row.organisationMax = tier.organisationMax();
            item.tiers.add(row);
        }
        item.criminalThresholds.clear();
        if (body.criminalThresholds() != null) {
            body.criminalThresholds().forEach(t -> item.criminalThresholds.add(
                    new CriminalThreshold(t.measure(), t.atLeast(), t.description(), t.basis())));
        }
        item.persist();
        catalogue.publishIfChanged(item);
        ItemView set = ItemView.of(item);
        history.record(dataKeyOf(code), scope.subject(), set);
        return set;
    }

    /** Every version of the item and its benchmark, with who set it and when. */
    @Operation(operationId = "listViolationItemChanges", summary = "Every version of an item and its benchmark, with who set it and when")
    @GET
    @Path("/{code}/changes")
    public List<RuleDataHistory.Version> changes(@PathParam("code") String code) {
        find(code);
        return history.of(dataKeyOf(code));
    }

    private static String dataKeyOf(String code) {
        return "violation-item:" + code;
    }

    static ViolationItem find(String code) {
        return ViolationItem.<ViolationItem>findByIdOptional(code)
                .orElseThrow(() -> CaseProblem.VIOLATION_ITEM_NOT_FOUND.refuse("no violation item " + code));
    }
}
