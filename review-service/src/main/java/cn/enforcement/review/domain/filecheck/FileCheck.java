package cn.enforcement.review.domain.filecheck;

import java.util.List;

/**
 * One rule of the procedure checked over a closed case's history (案卷自动评查). A check that changes gets a new
 * version: every closed file is then checked again.
 */
public interface FileCheck {

    /** A stable code, e.g. {@code SERVICE_WITHIN_7_DAYS}. */
    String name();

    /** The articles the check applies. */
    String basis();

    /** Raised when what the check finds changes. */
    default int version() {
        return 1;
    }

    List<Finding> check(CaseHistory history);
}
