package cn.enforcement.problem;

/** A refusal that becomes a problem+json response; thrown through {@link ProblemType#refuse}. */
public class ProblemException extends RuntimeException {

    private final transient ProblemType type;
    private final String legalBasis;

    ProblemException(ProblemType type, String detail, String legalBasis) {
        super(detail);
        this.type = type;
        this.legalBasis = legalBasis;
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public String code() {
        return type.code();
    }

    public String title() {
        return type.text().title();
    }

    public String legalBasis() {
        return legalBasis;
    }
}
