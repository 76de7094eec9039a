package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;

/** A deadline a step of the procedure started, with how it was computed. */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline extends PanacheEntityBase {

    public enum Kind {
        FILING_APPROVAL,     // TR 62-63: the head decides on filing within the configured working days (agency)
        DECISION,            // PL 60: decide within 90 days of filing (agency)
        SUMMARY_FILING,      // TR 61: file the on-spot decision within 5 working days (agency)
        STATEMENT,           // PL 44-45: the party's statement period (party)
        HEARING_REQUEST,     // PL 64: the party may ask for a hearing (party)
        SERVICE,             // PL 61: serve within 7 days (agency)
        PAYMENT,             // PL 67: pay within 15 days of service (party; late fee after)
        TRANSFER_DECISION,   // TP 5: the head decides on the officers' transfer request within 3 days (agency)
        TRANSFER_DELIVERY,   // TP 5: the approved transfer reaches the receiver within 24 hours, the next day (agency)
        TRANSFER_ANSWER,     // TP 8, 9; CPL 113: the receiver decides whether to file (receiving body)
        TRANSFER_RECONSIDERATION, // TP 9: the agency may ask the receiver to reconsider a refusal within 3 days (agency's option)
        COLLECTION_HANDOVER, // PL 71: a fine collected on the spot reaches the agency within 2 days (officer)
        PRESERVATION_HANDLING; // PL 56, 85: preserved evidence is handled within 7 working days of approval (agency)

        private static final Set<Kind> WATCHED = Set.of(FILING_APPROVAL, DECISION, SUMMARY_FILING, SERVICE, PAYMENT,
                TRANSFER_DECISION, TRANSFER_DELIVERY, TRANSFER_ANSWER, COLLECTION_HANDOVER, PRESERVATION_HANDLING);

        /** Deadlines someone must act by: these turn yellow and red. The party's periods and the agency's options just run out. */
        public boolean isWatched() {
            return WATCHED.contains(this);
        }

        public static Set<Kind> watched() {
            return WATCHED;
        }
    }

    public enum Unit { WORKING_DAYS, DAYS }

    public enum Status { OPEN, MET, LAPSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    /** The case's agency and region, kept on the deadline so a scope's deadline list reads its own rows only. */
    @Column(name = "agency_code", nullable = false, length = 9)
    public String agencyCode;

    @Column(name = "region_code", nullable = false, length = 6)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "start_on", nullable = false)
    public LocalDate startOn;

    @Column(nullable = false)
    public int period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Unit unit;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false, columnDefinition = "text")
    public String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The yellow event was published. */
    @Column(nullable = false)
    public boolean warned;

    /** The red event was published. */
    @Column(nullable = false)
    public boolean missed;

    public static java.util.Optional<CaseDeadline> openOf(String caseId, Kind kind) {
        return find("caseId = ?1 and kind = ?2 and status = ?3", caseId, kind, Status.OPEN).firstResultOptional();
    }
}
