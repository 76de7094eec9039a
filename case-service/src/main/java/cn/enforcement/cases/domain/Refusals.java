package cn.enforcement.cases.domain;

import cn.enforcement.platform.problem.ProblemException;

/** How a rule of law refuses an act: 409 when the case's state forbids it, 422 when the facts do. */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemException stateForbids(String code, String title, String detail, String legalBasis) {
        return ProblemException.ruleViolation(409, code, title, detail, legalBasis);
    }

    public static ProblemException factsForbid(String code, String title, String detail, String legalBasis) {
        return ProblemException.ruleViolation(422, code, title, detail, legalBasis);
    }
}
