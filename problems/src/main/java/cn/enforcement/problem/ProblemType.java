package cn.enforcement.problem;

/**
 * A kind of refusal, named by its stable {@code code}: the one place its status, title and meaning are
 * written. Each service lists its own as an enum; refusals are thrown from them, and the OpenAPI
 * document (per operation) and the gateway's problem pages are built from them, so none can drift.
 */
public interface ProblemType {

    /** The stable code clients branch on (the enum constant's name). */
    String name();

    Text text();

    default String code() {
        return name();
    }

    default int status() {
        return text().status();
    }

    default ProblemException refuse(String detail) {
        return new ProblemException(this, detail, null);
    }

    /** A refusal that names each part of the request it concerns. */
    default ProblemException refuse(String detail, java.util.List<Problem.FieldError> errors) {
        return new ProblemException(this, detail, null, errors);
    }

    /** A refusal by a rule of law, citing the article it applies. */
    default ProblemException refuse(String detail, String legalBasis) {
        return new ProblemException(this, detail, legalBasis);
    }

    /** What a client and a reader are told of the type, in English and in Chinese. */
    record Text(int status, String title, String titleZh, String meaning, String meaningZh) {
    }
}
