package cn.enforcement.platform.problem;

/**
 * A refusal that becomes a problem+json response. Domain code throws the named kinds below;
 * a rule of law refusing an act uses {@link #ruleViolation}, with the article it applies.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final String legalBasis;

    protected ProblemException(int status, String code, String title, String detail, String legalBasis) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.legalBasis = legalBasis;
    }

    /** A rule of law forbids the act in the case's present state (409) or with these facts (422). */
    public static ProblemException ruleViolation(int status, String code, String title, String detail, String legalBasis) {
        return new ProblemException(status, code, title, detail, legalBasis);
    }

    public static ProblemException unauthenticated(String detail) {
        return new ProblemException(401, "UNAUTHENTICATED", "Unauthenticated", detail, null);
    }

    /** An unexpected failure, reported without revealing its inside. */
    public static ProblemException internal(String detail) {
        return new ProblemException(500, "INTERNAL_ERROR", "Internal error", detail, null);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(404, code, "Not found", detail, null);
    }

    public static ProblemException conflict(String code, String title, String detail) {
        return new ProblemException(409, code, title, detail, null);
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail, null);
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, "Bad request", detail, null);
    }

    public static ProblemException unprocessable(String code, String title, String detail) {
        return new ProblemException(422, code, title, detail, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
