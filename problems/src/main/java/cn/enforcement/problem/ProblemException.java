package cn.enforcement.problem;

import java.util.List;

/** A refusal that becomes a problem+json response; thrown through {@link ProblemType#refuse}. */
public class ProblemException extends RuntimeException {

    private final transient ProblemType type;
    private final String legalBasis;
    private final transient List<Problem.FieldError> errors;

    ProblemException(ProblemType type, String detail, String legalBasis) {
        this(type, detail, legalBasis, null);
    }

    ProblemException(ProblemType type, String detail, String legalBasis, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.legalBasis = legalBasis;
        this.errors = errors;
    }

    /** The parts of the request the refusal names, or null. */
    public List<Problem.FieldError> errors() {
        return errors;
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
