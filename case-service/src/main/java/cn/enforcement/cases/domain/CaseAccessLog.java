package cn.enforcement.cases.domain;

import cn.enforcement.platform.persistence.AccessLogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who read or changed a case, and when: the auditors' record. */
@Entity
@Table(name = "case_access_log")
public class CaseAccessLog extends AccessLogEntry {

    @Column(name = "case_id", nullable = false)
    public String caseId;

    public static void write(String caseId, String subject, String action, Instant at) {
        CaseAccessLog entry = new CaseAccessLog();
        entry.caseId = caseId;
        entry.keep(subject, action, at);
    }
}
