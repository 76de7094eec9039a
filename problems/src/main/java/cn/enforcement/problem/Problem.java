package cn.enforcement.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An RFC 9457 problem detail. {@code code} is the stable machine name clients branch on;
 * {@code legalBasis} cites the article when a rule of law refused the request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String legalBasis,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * The type URI of a code: a page the gateway serves ({@code /problems/act-time-in-future}) explaining it.
     * The base is the gateway's public address ({@code problems.type-base}).
     */
    public static URI typeOf(String code) {
        return URI.create(TypeBase.VALUE + slugOf(code));
    }

    /** ACT_TIME_IN_FUTURE -> act-time-in-future, the last segment of the type URI. */
    public static String slugOf(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Problem of(ProblemException refusal, String instance) {
        return of(refusal.type(), refusal.getMessage(), instance, refusal.legalBasis(), refusal.errors());
    }

    public static Problem of(ProblemType type, String detail, String instance, String legalBasis, List<FieldError> errors) {
        return new Problem(typeOf(type.code()), type.text().title(), type.status(), detail, instance, type.code(), legalBasis, errors);
    }

    public record FieldError(String field, String message) {
    }

    private static final class TypeBase {
        static final String VALUE = ConfigProvider.getConfig().getOptionalValue("problems.type-base", String.class)
                .orElse("http://localhost:8080/problems/");
    }
}
