package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark;
import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseProcedure;
import cn.enforcement.cases.domain.CaseProcedure.Filing;
import cn.enforcement.cases.domain.CaseProcedure.TransferAttachments;
import cn.enforcement.cases.domain.CaseRemedy;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.CaseSource;
import cn.enforcement.cases.domain.CaseStatus;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.Penalty;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.PenaltyKind;
import cn.enforcement.cases.domain.Procedure;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Penalty cases (行政处罚案件) from filing to archive. Each act is a POST to its own sub-resource and
 * answers with the case as it now stands, including the deadlines the act started.
 */
@Path("/api/v1/cases")
public class CaseResource {

    private final CaseProcedure procedure;
    private final CaseAccess access;
    private final AgencyScope scope;
    private final CaseRules rules;
    private final Clock clock;

    CaseResource(CaseProcedure procedure, CaseAccess access, AgencyScope scope, CaseRules rules, Clock clock) {
        this.procedure = procedure;
        this.access = access;
        this.scope = scope;
        this.rules = rules;
        this.clock = clock;
    }

    public record PenaltyInput(@NotNull PenaltyKind kind, @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
        Penalty toPenalty() {
            return new Penalty(kind, amount);
        }
    }

    public record FilingInput(
            @NotNull Procedure procedure,
            @NotNull CaseSource source,
            @NotNull PartyType partyType,
            @NotBlank @Size(max = 200) String partyName,
            @NotBlank @Size(max = 18) String partyIdentifier,
            @NotEmpty List<@NotBlank String> violationItems,
            @NotNull LocalDate occurredOn,
            LocalDate actEndedOn,
            boolean harmedLifeHealthOrFinance,
            @NotBlank @Size(max = 300) String place,
            @NotBlank @Size(max = 10000) String facts,
            @NotEmpty List<@Pattern(regexp = "\\d{14}", message = "must be a 14-digit credential number") String> handlingCredentials,
            boolean complex,
            @Valid PenaltyInput onTheSpotPenalty,
            @Size(max = 500) String onTheSpotLegalBasis) {
    }

    public record Officers(@NotEmpty List<@Pattern(regexp = "\\d{14}") String> handlingCredentials) {
    }

    public record Proposal(@NotNull @Valid PenaltyInput penalty, @Size(max = 5000) String reasons,
            @NotNull @DecimalMin("0") BigDecimal degree, Set<DiscretionBenchmark.Circumstance> circumstances) {
    }

    public record StatementInput(@NotBlank @Size(max = 10000) String content, @Size(max = 10000) String answer,
            boolean waiveStatementPeriod, boolean waiveHearing) {
    }

    public record HearingInput(@NotNull Instant heldAt, @NotNull Instant notifiedAt,
            @NotNull @Pattern(regexp = "\\d{14}") String chairCredential, boolean defaulted) {
    }

    public record DecisionInput(@NotNull @Valid PenaltyInput penalty, @NotBlank @Size(max = 500) String legalBasis) {
    }

    public record ServiceInput(@NotNull @Pattern(regexp = "ON_THE_SPOT|DIRECT|POSTAL|ELECTRONIC|PUBLIC_NOTICE") String method,
            @NotNull Instant servedAt, @Size(max = 200) String electronicConsentReference) {
    }

    public record PaymentInput(@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotNull Instant paidAt, @NotBlank @Size(max = 100) String bankReference) {
    }

    public record NoPenaltyInput(boolean firstOrMinor, boolean promptlyCorrected, boolean harmfulConsequences,
            @Size(max = 200) String commitmentLetterReference, @NotBlank @Size(max = 2000) String education) {
    }

    public record TransferInput(@NotBlank @Size(max = 200) String receivingBody, @Size(max = 300) String transferLetter,
            @Size(max = 300) String investigationReport, @Size(max = 300) String seizedItemsList,
            @Size(max = 300) String testOrExpertReports, @Size(max = 300) String otherMaterial) {
    }

    public record TransferAnswerInput(@NotNull Boolean accepted, @Size(max = 2000) String remarks) {
    }

    public record RevocationInput(@NotNull @Pattern(regexp = "RECONSIDERATION|COURT") String revokedBy,
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record Reasoned(@NotBlank @Size(max = 2000) String reason) {
    }

    public record RemedyInput(@NotNull CaseRemedy.Kind kind, @NotBlank @Size(max = 200) String reviewingBody,
            @Size(max = 100) String reference, @NotNull LocalDate filedOn) {
    }

    public record RemedyConclusion(@NotNull LocalDate concludedOn, @NotNull CaseRemedy.Outcome outcome) {
    }

    public record CasePage(List<CaseView> cases, String next) {
    }

    public record DeadlineEntry(String caseId, String caseNumber, String kind, LocalDate dueOn, String colour, String howComputed) {
    }

    // ---------------------------------------------------------------- reading

    @GET
    @Path("/{caseId}")
    @RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
    @Transactional
    public CaseView get(@PathParam("caseId") String caseId) {
        return view(access.forRead(caseId));
    }

    /** Search within your scope, newest first; keyset pagination with {@code next} as {@code after}. */
    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
    public CasePage search(@QueryParam("status") CaseStatus status, @QueryParam("officer") String credentialNumber,
            @QueryParam("violationItem") String violationItem, @QueryParam("party") String party,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("agency") String agency,
            @QueryParam("overdue") Boolean overdue, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (scope.hasRole(Roles.SUPERVISOR)) {
            where.add("regionCode like :region");
            parameters.and("region", scope.regionCode().prefix() + "%");
        } else {
            where.add("agencyCode = :ownAgency");
            parameters.and("ownAgency", scope.agencyCode());
        }
        add(where, parameters, "agencyCode = :agency", "agency", agency);
        add(where, parameters, "status = :status", "status", status);
        add(where, parameters, ":officer member of handlingCredentials", "officer", credentialNumber);
        add(where, parameters, "array_contains(violationItems, :item)", "item", violationItem);
        add(where, parameters, "partyName like :party", "party", party == null ? null : "%" + party + "%");
        add(where, parameters, "filedAt >= :from", "from", from == null ? null : from.atStartOfDay(CaseProcedure.BEIJING).toInstant());
        add(where, parameters, "filedAt < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay(CaseProcedure.BEIJING).toInstant());
        if (Boolean.TRUE.equals(overdue)) {
            where.add("caseId in (select d.caseId from CaseDeadline d where d.status = :open and d.dueOn < :today and d.kind in :watched)");
            parameters.and("open", CaseDeadline.Status.OPEN).and("today", today())
                    .and("watched", CaseDeadline.Kind.watched());
        }
        if (after != null) {
            String[] cursor = after.split("_", 2);
            if (cursor.length != 2 || !cursor[0].matches("\\d+")) {
                throw ProblemException.badRequest("CURSOR_MALFORMED", "after must be the next value of a previous page");
            }
            where.add("(filedAt < :afterTime or (filedAt = :afterTime and caseId < :afterId))");
            parameters.and("afterTime", Instant.ofEpochMilli(Long.parseLong(cursor[0]))).and("afterId", cursor[1]);
        }
        List<PenaltyCase> page = PenaltyCase.<PenaltyCase>find(String.join(" and ", where) + " order by filedAt desc, caseId desc",
                parameters).page(0, limit).list();
        PenaltyCase last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new CasePage(page.stream().map(this::view).toList(),
                page.size() == limit ? last.filedAt.toEpochMilli() + "_" + last.caseId : null);
    }

    /** Deadlines near (yellow) or past (red) within your scope. */
    @GET
    @Path("/deadlines")
    @RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
    public List<DeadlineEntry> deadlines(@QueryParam("colour") @DefaultValue("RED") @Pattern(regexp = "YELLOW|RED") String colour) {
        LocalDate today = today();
        List<CaseDeadline> open = CaseDeadline.list("status = ?1 and dueOn <= ?2 order by dueOn", CaseDeadline.Status.OPEN,
                today.plusDays(rules.deadlineWarningDays()));
        List<DeadlineEntry> entries = new ArrayList<>();
        for (CaseDeadline deadline : open) {
            String shown = CaseView.colour(deadline, today, rules.deadlineWarningDays());
            PenaltyCase penaltyCase = PenaltyCase.findById(deadline.caseId);
            boolean inScope = scope.hasRole(Roles.SUPERVISOR) ? penaltyCase.regionCode.startsWith(scope.regionCode().prefix())
                    : penaltyCase.agencyCode.equals(scope.agencyCode());
            if (colour.equals(shown) && inScope) {
                entries.add(new DeadlineEntry(penaltyCase.caseId, penaltyCase.caseNumber, deadline.kind.name(), deadline.dueOn, shown,
                        deadline.explanation));
            }
        }
        return entries;
    }

    // ---------------------------------------------------------------- acts

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> file(@Valid @NotNull FilingInput body) {
        access.requireHandles(body.handlingCredentials());
        PenaltyCase penaltyCase = procedure.file(new Filing(body.procedure(), body.source(), body.partyType(), body.partyName(),
                body.partyIdentifier(), body.violationItems(), body.occurredOn(), body.actEndedOn(), body.harmedLifeHealthOrFinance(),
                body.place(), body.facts(), body.handlingCredentials(), body.complex(),
                body.onTheSpotPenalty() == null ? null : body.onTheSpotPenalty().toPenalty(), body.onTheSpotLegalBasis()),
                scope.agencyCode(), scope.regionCode().value(), access.actor());
        return RestResponse.ResponseBuilder.<CaseView>created(URI.create("/api/v1/cases/" + penaltyCase.caseId))
                .entity(view(penaltyCase)).build();
    }

    @POST
    @Path("/{caseId}/filing-approval")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> approveFiling(@PathParam("caseId") String caseId) {
        return done(procedure.approveFiling(access.forHeadAct(caseId), access.actor()));
    }

    @POST
    @Path("/{caseId}/officers")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> assignOfficers(@PathParam("caseId") String caseId, @Valid @NotNull Officers body) {
        return done(procedure.assignOfficers(access.forHeadAct(caseId), body.handlingCredentials(), access.actor()));
    }

    @POST
    @Path("/{caseId}/proposal")
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> propose(@PathParam("caseId") String caseId, @Valid @NotNull Proposal body) {
        PenaltyCase penaltyCase = access.forOfficerAct(caseId);
        procedure.propose(penaltyCase, body.penalty().toPenalty(), body.reasons(), body.degree(),
                body.circumstances() == null || body.circumstances().isEmpty() ? EnumSet.noneOf(DiscretionBenchmark.Circumstance.class)
                        : EnumSet.copyOf(body.circumstances()), access.actor());
        return done(penaltyCase);
    }

    @POST
    @Path("/{caseId}/notice")
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> issueNotice(@PathParam("caseId") String caseId) {
        return done(procedure.issueNotice(access.forOfficerAct(caseId), access.actor()));
    }

    @POST
    @Path("/{caseId}/statements")
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> recordStatement(@PathParam("caseId") String caseId, @Valid @NotNull StatementInput body) {
        PenaltyCase penaltyCase = access.forOfficerAct(caseId);
        procedure.recordStatement(penaltyCase, body.content(), body.answer(), body.waiveStatementPeriod(), body.waiveHearing(),
                access.actor());
        return done(penaltyCase);
    }

    @POST
    @Path("/{caseId}/hearing-request")
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> requestHearing(@PathParam("caseId") String caseId) {
        return done(procedure.requestHearing(access.forOfficerAct(caseId), access.actor()));
    }

    @POST
    @Path("/{caseId}/hearing")
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> holdHearing(@PathParam("caseId") String caseId, @Valid @NotNull HearingInput body) {
        return done(procedure.holdHearing(access.forOfficerAct(caseId), body.heldAt(), body.notifiedAt(), body.chairCredential(),
                body.defaulted(), access.actor()));
    }

    @POST
    @Path("/{caseId}/decision")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> decide(@PathParam("caseId") String caseId, @Valid @NotNull DecisionInput body) {
        return done(procedure.decide(access.forHeadAct(caseId), body.penalty().toPenalty(), body.legalBasis(), access.actor()));
    }

    @POST
    @Path("/{caseId}/service")
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> serve(@PathParam("caseId") String caseId, @Valid @NotNull ServiceInput body) {
        return done(procedure.serve(access.forOfficerAct(caseId), body.method(), body.servedAt(), body.electronicConsentReference(),
                access.actor()));
    }

    /** The bank's confirmation that the party paid (罚缴分离); only the payment platform posts it. */
    @POST
    @Path("/{caseId}/payments")
    @RolesAllowed(Roles.PAYMENT_PLATFORM)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> recordPayment(@PathParam("caseId") String caseId, @Valid @NotNull PaymentInput body) {
        return done(procedure.recordPayment(access.forPayment(caseId), body.amount(), body.paidAt(), body.bankReference(),
                access.actor()));
    }

    @POST
    @Path("/{caseId}/no-penalty")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> decideNoPenalty(@PathParam("caseId") String caseId, @Valid @NotNull NoPenaltyInput body) {
        return done(procedure.decideNoPenalty(access.forHeadAct(caseId), body.firstOrMinor(), body.promptlyCorrected(),
                body.harmfulConsequences(), body.commitmentLetterReference(), body.education(), access.actor()));
    }

    @POST
    @Path("/{caseId}/transfer")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> transfer(@PathParam("caseId") String caseId, @Valid @NotNull TransferInput body) {
        return done(procedure.transfer(access.forHeadAct(caseId), body.receivingBody(), new TransferAttachments(body.transferLetter(),
                body.investigationReport(), body.seizedItemsList(), body.testOrExpertReports(), body.otherMaterial()), access.actor()));
    }

    @POST
    @Path("/{caseId}/transfer-answer")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> answerTransfer(@PathParam("caseId") String caseId, @Valid @NotNull TransferAnswerInput body) {
        return done(procedure.answerTransfer(access.forHeadAct(caseId), body.accepted(), body.remarks(), access.actor()));
    }

    /** The party applied for reconsideration or filed a lawsuit (PL 73): the late fee pauses while it is pending. */
    @POST
    @Path("/{caseId}/remedies")
    @RolesAllowed({ Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER })
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> recordRemedy(@PathParam("caseId") String caseId, @Valid @NotNull RemedyInput body) {
        PenaltyCase penaltyCase = access.forLegalRecord(caseId);
        procedure.recordRemedy(penaltyCase, body.kind(), body.reviewingBody(), body.reference(), body.filedOn(), access.actor());
        return done(penaltyCase);
    }

    @POST
    @Path("/{caseId}/remedies/{remedyId}/conclusion")
    @RolesAllowed({ Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER })
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> concludeRemedy(@PathParam("caseId") String caseId, @PathParam("remedyId") String remedyId,
            @Valid @NotNull RemedyConclusion body) {
        PenaltyCase penaltyCase = access.forLegalRecord(caseId);
        procedure.concludeRemedy(penaltyCase, remedyId, body.concludedOn(), body.outcome(), access.actor());
        return done(penaltyCase);
    }

    @POST
    @Path("/{caseId}/revocation")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> revoke(@PathParam("caseId") String caseId, @Valid @NotNull RevocationInput body) {
        return done(procedure.revoke(access.forHeadAct(caseId), body.revokedBy(), body.reason(), access.actor()));
    }

    @POST
    @Path("/{caseId}/closure")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> close(@PathParam("caseId") String caseId) {
        return done(procedure.close(access.forHeadAct(caseId), access.actor()));
    }

    @POST
    @Path("/{caseId}/archive")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> archive(@PathParam("caseId") String caseId) {
        return done(procedure.archive(access.forHeadAct(caseId), access.actor()));
    }

    @POST
    @Path("/{caseId}/extension")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @Transactional
    @IdempotentCommand
    public RestResponse<CaseView> extend(@PathParam("caseId") String caseId, @Valid @NotNull Reasoned body) {
        return done(procedure.extend(access.forHeadAct(caseId), body.reason(), access.actor()));
    }

    private RestResponse<CaseView> done(PenaltyCase penaltyCase) {
        PenaltyCase.getEntityManager().flush();
        return RestResponse.ok(view(penaltyCase));
    }

    private CaseView view(PenaltyCase penaltyCase) {
        return CaseView.of(penaltyCase, access.seesFullIdentifiers(penaltyCase), today(), rules.deadlineWarningDays());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CaseProcedure.BEIJING));
    }

    private static void add(List<String> where, Parameters parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.and(name, value);
        }
    }
}
