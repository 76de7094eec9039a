package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.platform.problem.TypedParameters;
import cn.enforcement.platform.time.BeijingTime;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How every act on a case is carried out: the caller's right to the act is checked (and the access
 * logged), the act begins at the time it was performed (the {@value #PERFORMED_AT} header of a device that
 * was offline, or the act's own date such as {@code servedAt}; now when neither) and is given that context
 * ({@link ActContext}: who, when performed, when recorded), is done, and the answer is the case as it now stands.
 */
@RequestScoped
public class CaseActs {

    /** The header with which a client dates an act it performed earlier (RFC 3339, with offset). */
    public static final String PERFORMED_AT = "Performed-At";

    private final CaseAccess access;
    private final CaseRules rules;
    private final Clock clock;
    private final CaseJournal journal;
    private final HttpServerRequest request;

    CaseActs(CaseAccess access, CaseRules rules, Clock clock, CaseJournal journal, HttpServerRequest request) {
        this.access = access;
        this.rules = rules;
        this.clock = clock;
        this.journal = journal;
        this.request = request;
    }

    /** A new case, filed by the acting officers; answered 201 with where it is kept. */
    public RestResponse<CaseView> file(Function<ActContext, PenaltyCase> filing) {
        PenaltyCase penaltyCase = filing.apply(journal.begin(null, claimedPerformedAt(), access.actor()));
        return RestResponse.ResponseBuilder.<CaseView>created(URI.create("/api/v1/cases/" + penaltyCase.caseId))
                .entity(view(penaltyCase)).build();
    }

    /** An act of the case's handling officers. */
    public RestResponse<CaseView> byHandlingOfficer(String caseId, BiConsumer<PenaltyCase, ActContext> act) {
        return done(access.forOfficerAct(caseId), claimedPerformedAt(), act);
    }

    /** An act of the case's handling officers that carries its own date. */
    public RestResponse<CaseView> byHandlingOfficer(String caseId, Instant performedAt, BiConsumer<PenaltyCase, ActContext> act) {
        return done(access.forOfficerAct(caseId), performedAt, act);
    }

    /** An act reserved to the agency head (负责人). */
    public RestResponse<CaseView> byHead(String caseId, BiConsumer<PenaltyCase, ActContext> act) {
        return done(access.forHeadAct(caseId), claimedPerformedAt(), act);
    }

    /** A record kept by the agency head or the legal office. */
    public RestResponse<CaseView> byLegalOffice(String caseId, BiConsumer<PenaltyCase, ActContext> act) {
        return done(access.forLegalRecord(caseId), claimedPerformedAt(), act);
    }

    /** The payment platform's confirmation, dated when the party paid. */
    public RestResponse<CaseView> byPaymentPlatform(String caseId, Instant paidAt, BiConsumer<PenaltyCase, ActContext> act) {
        return done(access.forPayment(caseId), paidAt, act);
    }

    /** An act of the case's handling officers on a record of the case, answered with that record. */
    public <T> T onRecordByHandlingOfficer(String caseId, BiFunction<PenaltyCase, ActContext, T> act) {
        return doneOnRecord(access.forOfficerAct(caseId), claimedPerformedAt(), act);
    }

    /** An act of the agency head on a record of the case, answered with that record. */
    public <T> T onRecordByHead(String caseId, BiFunction<PenaltyCase, ActContext, T> act) {
        return doneOnRecord(access.forHeadAct(caseId), claimedPerformedAt(), act);
    }

    /** The act of the caller on the case begins: at the time it was performed, after the case's latest step. */
    public ActContext begin(PenaltyCase penaltyCase, Instant performedAt) {
        return journal.begin(penaltyCase.caseId, performedAt, access.actor());
    }

    /** A case as it stands, with the acts the caller may perform next. */
    public CaseView view(PenaltyCase penaltyCase) {
        return views(List.of(penaltyCase), true).get(0);
    }

    /** The views of a page of cases, their details loaded for the whole page at once. */
    public List<CaseView> views(List<PenaltyCase> cases) {
        return views(cases, false);
    }

    private List<CaseView> views(List<PenaltyCase> cases, boolean withAllowedActs) {
        CaseDetails details = CaseDetails.of(cases.stream().map(penaltyCase -> penaltyCase.caseId).toList());
        LocalDate today = BeijingTime.today(clock);
        return cases.stream().map(penaltyCase -> CaseView.of(penaltyCase, details, access.seesFullIdentifiers(penaltyCase), today,
                rules.deadlineWarningDays(), withAllowedActs ? AllowedAct.of(penaltyCase, access) : null)).toList();
    }

    private RestResponse<CaseView> done(PenaltyCase penaltyCase, Instant performedAt, BiConsumer<PenaltyCase, ActContext> act) {
        return RestResponse.ok(view(doneOnRecord(penaltyCase, performedAt, (c, context) -> {
            act.accept(c, context);
            return c;
        })));
    }

    private <T> T doneOnRecord(PenaltyCase penaltyCase, Instant performedAt, BiFunction<PenaltyCase, ActContext, T> act) {
        T record = act.apply(penaltyCase, begin(penaltyCase, performedAt));
        PenaltyCase.getEntityManager().flush();
        return record;
    }

    /** The time the caller says the act was performed, if it says one. */
    Instant claimedPerformedAt() {
        String value = request.getHeader(PERFORMED_AT);
        return value == null || value.isBlank() ? null : TypedParameters.instant(PERFORMED_AT, value);
    }
}
