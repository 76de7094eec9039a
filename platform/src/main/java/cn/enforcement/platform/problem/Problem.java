package cn.enforcement.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

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

    public static URI typeOf(String code) {
        return URI.create("https://enforcement.example.cn/problems/" + code.toLowerCase().replace('_', '-'));
    }

    public record FieldError(String field, String message) {
    }
}
