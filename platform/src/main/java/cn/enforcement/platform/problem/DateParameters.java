package cn.enforcement.platform.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Date parameters ({@code ?from=2026-12-01}) read strictly as ISO dates: a value that is not one is the
 * client's mistake, answered 400 {@code PARAMETER_INVALID} naming the parameter, not the 404 JAX-RS gives.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = Arrays.stream(annotations).map(DateParameters::nameOf).filter(n -> n != null).findFirst().orElse("date");
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw ProblemException.badRequest("PARAMETER_INVALID", name + " must be a date as yyyy-MM-dd, not '"
                            + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation annotation) {
        if (annotation instanceof QueryParam query) {
            return query.value();
        }
        return annotation instanceof PathParam path ? path.value() : null;
    }
}
