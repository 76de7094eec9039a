package cn.enforcement.review.api;

import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.agencies.KnownAgencies;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.security.ScopedQuery;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.ReviewRules;
import cn.enforcement.review.domain.complaint.Complaint;
import cn.enforcement.review.domain.complaint.ComplaintDesk;
import cn.enforcement.review.domain.complaint.ComplaintStatus;
import cn.enforcement.review.domain.complaint.ComplaintStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Complaints and reports as the staff handle them: supervisors see their region's and route each to the agency
 * concerned; the agency's heads and legal office handle and answer theirs, and only they see how to reach the
 * complainant. The analysis counts them by agency, officer, violation item and subject.
 */
@Tag(name = "complaints")
@Path("/api/v1/complaints")
@Transactional
public class ComplaintResource {

    private static final Set<String> HANDLERS = Set.of(Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER);

    private final ComplaintDesk desk;
    private final KnownAgencies agencies;
    private final AgencyScope scope;
    private final ReviewRules rules;
    private final Clock clock;

    ComplaintResource(ComplaintDesk desk, AgencyScope scope, ReviewRules rules, Clock clock, KnownAgencies agencies) {
        this.agencies = agencies;
        this.desk = desk;
        this.scope = scope;
        this.rules = rules;
        this.clock = clock;
    }

    @Operation(operationId = "listComplaints", summary = "Complaints and reports, soonest due first (投诉举报)")
    @GET
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public ComplaintPage list(@QueryParam("status") String status, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        agencies.requireKnownWhenNamed(agencyCode);
        ScopedQuery query = ScopedQuery.readableBy(scope).where("agencyCode", agencyCode).where("status",
                FilterValue.named(ComplaintStatus.class, status, ReviewProblem.COMPLAINT_STATUS_UNKNOWN));
        String where = SoonestDueFirst.after(query, "trackingNumber", after);
        LocalDate today = BeijingTime.today(clock);
        List<Complaint> page = Complaint.<Complaint>find(where, query.parameters()).page(0, limit).list();
        return new ComplaintPage(page.stream().map(c -> ComplaintView.of(c, handles(c), today)).toList(),
                SoonestDueFirst.next(page, limit, c -> c.dueOn, c -> c.trackingNumber));
    }

    @Operation(operationId = "getComplaint", summary = "One complaint with every step of its handling")
    @GET
    @Path("/{trackingNumber}")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public ComplaintRecord read(@PathParam("trackingNumber") String trackingNumber) {
        Complaint complaint = find(trackingNumber);
        scope.requireRead(complaint.agencyCode, complaint.regionCode, HANDLERS, () -> unknown(trackingNumber));
        return record(complaint);
    }

    @Operation(operationId = "routeComplaint", summary = "Send the complaint to the agency concerned (supervisors of its region)")
    @POST
    @Path("/{trackingNumber}/routing")
    @RolesAllowed(Roles.SUPERVISOR)
    @IdempotentCommand
    public RestResponse<ComplaintRecord> route(@PathParam("trackingNumber") String trackingNumber, @Valid @NotNull RoutingInput body) {
        Complaint complaint = find(trackingNumber);
        if (!scope.supervises(complaint.regionCode)) {
            throw unknown(trackingNumber);
        }
        return act(complaint, c -> desk.route(c, body.agencyCode(), scope.actor()));
    }

    @Operation(operationId = "recordComplaintHandling", summary = "Record how the complaint is being handled (核查情况)")
    @POST
    @Path("/{trackingNumber}/handling")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER})
    @IdempotentCommand
    public RestResponse<ComplaintRecord> handle(@PathParam("trackingNumber") String trackingNumber, @Valid @NotNull HandlingInput body) {
        return act(handled(trackingNumber), c -> desk.handled(c, body.note().strip(), scope.actor()));
    }

    @Operation(operationId = "answerComplaint", summary = "Answer the complainant, with what the handling found and led to")
    @POST
    @Path("/{trackingNumber}/answer")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER})
    @IdempotentCommand
    public RestResponse<ComplaintRecord> answer(@PathParam("trackingNumber") String trackingNumber, @Valid @NotNull AnswerInput body) {
        return act(handled(trackingNumber), c -> desk.answer(c, body.answer().strip(), body.outcome(), body.violationItem(), body.caseId(),
                body.problem(), scope.actor()));
    }

    @Operation(operationId = "analyseComplaints", summary = "Complaints of a period by agency, officer, violation item and subject, high-frequency ones first")
    @GET
    @Path("/analysis")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public ComplaintAnalysis analyse(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate last = to == null ? BeijingTime.today(clock) : to;
        LocalDate first = from == null ? last.minusMonths(3) : from;
        if (first.isAfter(last)) {
            throw ReviewProblem.COMPLAINT_PERIOD_INVALID.refuse("from " + first + " is after to " + last);
        }
        ScopedQuery query = ScopedQuery.readableBy(scope);
        Map<String, Object> parameters = query.parameters();
        parameters.put("from", BeijingTime.startOf(first));
        parameters.put("until", BeijingTime.startOf(last.plusDays(1)));
        String where = query.orderedBy("trackingNumber").replace(" order by ", " and receivedAt >= :from and receivedAt < :until order by ");
        List<Complaint> complaints = Complaint.<Complaint>find(where, query.parameters()).list();
        LocalDate today = BeijingTime.today(clock);
        int mark = rules.complaintHighFrequencyAt();
        List<ComplaintAnalysis.Count> byAgency = ComplaintCounts.by("agency", complaints, c -> c.agencyCode);
        List<ComplaintAnalysis.Count> byOfficer = ComplaintCounts.by("officer", complaints, c -> c.officerCredential);
        List<ComplaintAnalysis.Count> byItem = ComplaintCounts.by("violationItem", complaints, c -> c.violationItem);
        List<ComplaintAnalysis.Count> bySubject = ComplaintCounts.by("subject", complaints, c -> c.subject);
        List<ComplaintAnalysis.Count> frequent = Stream.of(byAgency, byOfficer, byItem, bySubject).flatMap(List::stream)
                .filter(count -> count.complaints() >= mark).toList();
        return new ComplaintAnalysis(first, last, complaints.size(), complaints.stream().filter(c -> c.status == ComplaintStatus.ANSWERED).count(),
                complaints.stream().filter(c -> c.overdueOn(today)).count(), mark, byAgency, byOfficer, byItem, bySubject, frequent);
    }

    private RestResponse<ComplaintRecord> act(Complaint complaint, Consumer<Complaint> act) {
        act.accept(complaint);
        Complaint.getEntityManager().flush();
        return RestResponse.ok(record(complaint));
    }

    /** The agency's own acts on a complaint routed to it: a supervisor who may read it is refused (403), anyone else finds none. */
    private Complaint handled(String trackingNumber) {
        Complaint complaint = find(trackingNumber);
        if (complaint.agencyCode == null && scope.supervises(complaint.regionCode)) {
            throw ReviewProblem.COMPLAINT_NOT_ROUTED.refuse("route the complaint to the agency concerned first");
        }
        scope.requireOwnAgency(complaint.agencyCode, complaint.regionCode, () -> unknown(trackingNumber));
        return complaint;
    }

    /** Contact data only for the heads and legal office of the agency handling the complaint. */
    private boolean handles(Complaint complaint) {
        return complaint.agencyCode != null && complaint.agencyCode.equals(scope.agencyCode()) && HANDLERS.stream().anyMatch(scope::hasRole);
    }

    private ComplaintRecord record(Complaint complaint) {
        return new ComplaintRecord(ComplaintView.of(complaint, handles(complaint), BeijingTime.today(clock)),
                ComplaintStep.of(complaint.trackingNumber).stream()
                        .map(s -> new ComplaintRecord.ComplaintStepView(s.step, s.actor, s.note, s.at)).toList(),
                ComplaintAttachmentView.of(complaint.trackingNumber));
    }

    private static Complaint find(String trackingNumber) {
        Complaint complaint = trackingNumber.length() > 24 ? null : Complaint.findById(trackingNumber);
        if (complaint == null) {
            throw unknown(trackingNumber);
        }
        return complaint;
    }

    private static ProblemException unknown(String trackingNumber) {
        return ReviewProblem.COMPLAINT_NOT_FOUND.refuse("no complaint " + trackingNumber);
    }
}
