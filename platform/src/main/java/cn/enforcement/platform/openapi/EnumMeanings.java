package cn.enforcement.platform.openapi;

import cn.enforcement.platform.events.EventCatalog;
import cn.enforcement.platform.problem.OperationRefusals;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Documents what each value of an enum means, from the {@link Schema#description()} on its constant (the
 * Chinese legal term, then English): as a list in the schema's description, for readers, and as
 * {@value #EXTENSION}, which client generators turn into comments on the generated constants.
 *
 * <p>The enums are those reachable from the operations' parameters and answers and from the domain events
 * (records, fields, type arguments); a schema is matched to its enum by its values, so a renamed schema still finds its meanings.
 */
final class EnumMeanings {

    static final String EXTENSION = "x-enum-descriptions";

    private final Map<List<String>, Class<?>> byValues = new LinkedHashMap<>();

    EnumMeanings(Collection<Class<?>> serviceClasses) {
        Set<Type> seen = new HashSet<>();
        for (Class<?> type : serviceClasses) {
            for (Method method : type.getDeclaredMethods()) {
                if (OperationRefusals.operationIdOf(method).isPresent()) {
                    reach(method.getGenericReturnType(), seen);
                    Arrays.stream(method.getGenericParameterTypes()).forEach(parameter -> reach(parameter, seen));
                }
            }
        }
        EventCatalog.all().forEach(event -> reach(event.payload(), seen));
    }

    void document(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getEnumeration() == null) {
                return;
            }
            List<String> values = schema.getEnumeration().stream().map(String::valueOf).toList();
            Class<?> type = byValues.get(values);
            if (type == null) {
                return;
            }
            List<String> meanings = values.stream().map(value -> meaningOf(type, value)).toList();
            if (meanings.stream().allMatch(String::isEmpty)) {
                return;
            }
            StringBuilder list = new StringBuilder(schema.getDescription() == null ? "" : schema.getDescription() + "\n\n");
            for (int i = 0; i < values.size(); i++) {
                list.append("- `").append(values.get(i)).append("`: ").append(meanings.get(i)).append('\n');
            }
            schema.setDescription(list.toString().stripTrailing());
            schema.addExtension(EXTENSION, meanings);
        });
    }

    private static String meaningOf(Class<?> type, String value) {
        try {
            Schema described = type.getField(value).getAnnotation(Schema.class);
            return described == null ? "" : described.description();
        } catch (NoSuchFieldException renamed) {
            return "";
        }
    }

    private void reach(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            reach(parameterized.getRawType(), seen);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> reach(argument, seen));
        } else if (type instanceof GenericArrayType array) {
            reach(array.getGenericComponentType(), seen);
        } else if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> reach(bound, seen));
        } else if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                reach(plain.getComponentType(), seen);
            } else if (plain.isEnum()) {
                byValues.put(Arrays.stream(plain.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList(), plain);
            } else if (plain.getName().startsWith("cn.enforcement.")) {
                membersOf(plain).forEach(member -> reach(member, seen));
            }
        }
    }

    private static List<Type> membersOf(Class<?> type) {
        List<Type> members = new ArrayList<>();
        if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getGenericType).forEach(members::add);
        } else {
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    members.add(field.getGenericType());
                }
            }
        }
        return members;
    }
}
