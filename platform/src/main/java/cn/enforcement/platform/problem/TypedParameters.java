package cn.enforcement.platform.problem;

import cn.enforcement.platform.time.PlausibleDates;
import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dates, instants, numbers, truth values and enumerations in query, path and header parameters ({@code ?from=2026-12-01},
 * {@code ?status=NOTIFIED}) read strictly: a value that is not one is the client's mistake, answered 400
 * {@code PARAMETER_INVALID} naming the parameter and what it takes, not the 404 JAX-RS gives.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    private static final int SHOWN = 20;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).map(TypedParameters::nameOf).filter(n -> n != null).findFirst().orElse("parameter");
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(value -> date(name, value));
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(value -> instant(name, value));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(value -> number(name, value, Integer::valueOf));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(value -> number(name, value, Long::valueOf));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(value -> truth(name, value));
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) converter(value -> number(name, value, BigDecimal::new));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(value -> constant((Class) rawType, name, value));
        }
        return null;
    }

    /** An ISO date ({@code 2026-12-01}), or 400 naming the parameter. */
    public static LocalDate date(String name, String value) {
        try {
            return plausible(LocalDate.parse(value));
        } catch (DateTimeException e) {
            throw invalid(name, "a date as yyyy-MM-dd " + PlausibleDates.range(), value);
        }
    }

    /** An instant with its offset ({@code 2026-12-01T08:30:00+08:00}), or 400 naming the parameter. */
    public static Instant instant(String name, String value) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(value);
            plausible(time.toLocalDate());
            return time.toInstant();
        } catch (DateTimeException e) {
            throw invalid(name, "a date and time with its offset " + PlausibleDates.range() + ", e.g. 2026-12-01T08:30:00+08:00",
                    value);
        }
    }

    private static <N> N number(String name, String value, Function<String, N> read) {
        try {
            return read.apply(value);
        } catch (NumberFormatException e) {
            throw invalid(name, "a number", value);
        }
    }

    /** Only {@code true} or {@code false}: JAX-RS reads "maybe" or "2" as false, a filter the client never asked for. */
    private static Boolean truth(String name, String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, "true or false", value);
        };
    }

    private static LocalDate plausible(LocalDate date) {
        if (!PlausibleDates.contains(date)) {
            throw new DateTimeException("year out of range");
        }
        return date;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")),
                    value);
        }
    }

    private static ProblemException invalid(String name, String expected, String value) {
        return PlatformProblem.PARAMETER_INVALID.refuse(name + " must be " + expected + ", not '"
                + (value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value) + "'");
    }

    private static <T> ParamConverter<T> converter(Function<String, T> read) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null || value.isEmpty() ? null : read.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation annotation) {
        if (annotation instanceof QueryParam query) {
            return query.value();
        }
        if (annotation instanceof HeaderParam header) {
            return header.value();
        }
        return annotation instanceof PathParam path ? path.value() : null;
    }
}
