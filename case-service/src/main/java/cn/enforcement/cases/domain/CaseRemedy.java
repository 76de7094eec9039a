package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The party's application for reconsideration (行政复议) or lawsuit (行政诉讼) against the decision (PL 73). */
@Entity
@Table(name = "case_remedy")
public class CaseRemedy extends PanacheEntityBase {

    @Schema(name = "RemedyKind", description = "How the party challenges a decision (PL 73)")
    public enum Kind {
        @Schema(description = "行政复议: administrative reconsideration, within 60 days")
        RECONSIDERATION,
        @Schema(description = "行政诉讼: administrative lawsuit, within 6 months")
        LAWSUIT
    }

    /** How the reviewing body or court concluded; WITHDRAWN when the party withdrew. */
    @Schema(name = "RemedyOutcome", description = "How the reconsideration body or the court decided")
    public enum Outcome {
        @Schema(description = "维持: the decision was upheld")
        UPHELD,
        @Schema(description = "变更: the decision was changed")
        CHANGED,
        @Schema(description = "撤销: the decision was revoked")
        REVOKED,
        @Schema(description = "确认违法: the decision was declared illegal")
        DECLARED_ILLEGAL,
        @Schema(description = "撤回: the party withdrew")
        WITHDRAWN,
        @Schema(description = "驳回: the application or claim was dismissed")
        DISMISSED
    }

    @Id
    @Column(name = "remedy_id")
    public String remedyId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "reviewing_body", nullable = false)
    public String reviewingBody;

    public String reference;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static List<CaseRemedy> of(String caseId) {
        return list("caseId = ?1 order by filedOn, remedyId", caseId);
    }

    public RemedyPause.Pending pending() {
        return new RemedyPause.Pending(filedOn, concludedOn);
    }
}
