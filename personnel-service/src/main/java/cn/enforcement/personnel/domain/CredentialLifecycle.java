package cn.enforcement.personnel.domain;

import cn.enforcement.problem.ProblemException;

/**
 * Which changes each credential status allows. Suspension (暂扣) is temporary and reinstatable;
 * revocation (吊销, for misconduct or wrongful cases, seed 000), cancellation (注销, leaving the post or
 * losing the card, seed 004) and expiry are final; annual review (年审) applies to credentials in force.
 */
public final class CredentialLifecycle {

    private CredentialLifecycle() {
    }

    public static void requireSuspendable(CredentialStatus status) {
        if (status != CredentialStatus.ACTIVE) {
            throw refused(PersonnelProblem.CREDENTIAL_NOT_SUSPENDABLE,
                    "only an active credential can be suspended; this one is " + status);
        }
    }

    public static void requireReinstatable(CredentialStatus status) {
        if (status != CredentialStatus.SUSPENDED) {
            throw refused(PersonnelProblem.CREDENTIAL_NOT_REINSTATABLE, status.isFinal()
                    ? "a " + status + " credential is final and cannot be reinstated"
                    : "only a suspended credential can be reinstated; this one is " + status);
        }
    }

    public static void requireRevocable(CredentialStatus status) {
        requireNotFinal(status, "revoked");
    }

    public static void requireCancellable(CredentialStatus status) {
        requireNotFinal(status, "cancelled");
    }

    public static void requireReviewable(CredentialStatus status) {
        requireNotFinal(status, "reviewed");
    }

    private static void requireNotFinal(CredentialStatus status, String act) {
        if (status.isFinal()) {
            throw refused(PersonnelProblem.CREDENTIAL_FINAL, "a " + status + " credential is final and cannot be " + act);
        }
    }

    private static ProblemException refused(PersonnelProblem type, String detail) {
        return type.refuse(detail,
                "交通运输行政执法证件管理规定 (seed 000, seed 004)");
    }
}
