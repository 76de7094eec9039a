package cn.enforcement.evidence.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A case as evidence-service knows it from case events. */
@Entity
@Table(name = "known_case")
public class KnownCase extends PanacheEntityBase {

    private static final Set<String> OPEN = Set.of("OPEN", "TRANSFERRED");

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** OPEN, TRANSFERRED, CLOSED or ARCHIVED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "notice_at")
    public Instant noticeAt;

    @Column(name = "hearing_at")
    public Instant hearingAt;

    @Column(name = "served_at")
    public Instant servedAt;

    @Column(name = "transfer_receiver")
    public String transferReceiver;

    /** The receiving body's code; it and the procuratorate supervising it read the sealed package. */
    @Column(name = "transfer_receiver_code")
    public String transferReceiverCode;

    @Column(name = "supervising_procuratorate")
    public String supervisingProcuratorate;

    /** Evidence of a case still being handled may not be deleted. */
    public boolean isOpen() {
        return OPEN.contains(status);
    }

    public boolean isArchived() {
        return "ARCHIVED".equals(status);
    }
}
