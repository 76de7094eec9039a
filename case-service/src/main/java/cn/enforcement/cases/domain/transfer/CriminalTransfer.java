package cn.enforcement.cases.domain.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One criminal transfer of a case (移送涉嫌犯罪案件, TP), from the officers' request to the receiver's last answer. */
@Entity
@Table(name = "criminal_transfer")
public class CriminalTransfer extends PanacheEntityBase {

    @Id
    @Column(name = "transfer_id")
    public String transferId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** Null only for a head's recorded decision not to transfer that no request preceded. */
    @Column(name = "receiving_body_code")
    public String receivingBodyCode;

    @Column(name = "supervising_procuratorate")
    public String supervisingProcuratorate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TransferStatus status;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "request_reasons")
    public String requestReasons;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reasons")
    public String decisionReasons;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attachments")
    public List<String> attachments;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answer_reasons")
    public String answerReasons;

    @Column(name = "reconsideration_asked_at")
    public Instant reconsiderationAskedAt;

    @Column(name = "reconsideration_reasons")
    public String reconsiderationReasons;

    @Column(name = "supervised_at")
    public Instant supervisedAt;

    @Column(name = "supervision_opinion")
    public String supervisionOpinion;

    @Version
    public long version;

    /** Addressed to this body, or to a public security body it supervises; delivered ones only: the rest is the agency's. */
    public boolean visibleTo(String bodyCode) {
        return deliveredAt != null && bodyCode != null && (bodyCode.equals(receivingBodyCode) || bodyCode.equals(supervisingProcuratorate));
    }
}
