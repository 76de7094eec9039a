package cn.enforcement.platform.openapi;

import cn.enforcement.platform.problem.ProblemResponses;
import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Completes each service's OpenAPI document from its code, at start: who may call each operation (its roles),
 * the refusals of every operation
 * ({@link ProblemResponses}), the meaning of every enum value ({@link EnumMeanings}) and an example of every
 * schema that has one ({@link SchemaExamples}).
 */
public class ServiceDocument implements OASFilter {

    private final ProblemResponses problems;
    private final EnumMeanings enumMeanings;

    public ServiceDocument() {
        Set<Class<?>> classes = serviceClasses();
        problems = new ProblemResponses(classes);
        enumMeanings = new EnumMeanings(classes);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        operation.setDescription(join(operation.getDescription(), whoMayCall(operation)));
        return problems.document(operation);
    }

    /** The roles of the security requirement, which Quarkus derives from {@code @RolesAllowed}; none: a public operation. */
    private static String whoMayCall(Operation operation) {
        List<String> roles = operation.getSecurity() == null ? List.of() : operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream()).flatMap(List::stream).distinct().toList();
        return roles.isEmpty() ? "**Who may call:** anyone, without a token (public)."
                : "**Who may call:** a token with one of the roles " + roles.stream().map(role -> "`" + role + "`")
                        .collect(Collectors.joining(", ")) + ".";
    }

    private static String join(String description, String paragraph) {
        return description == null || description.isBlank() ? paragraph : description + "\n\n" + paragraph;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problems.document(openAPI);
        enumMeanings.document(openAPI);
        SchemaExamples.document(openAPI, Thread.currentThread().getContextClassLoader());
    }

    /** Every bean class of the platform's own code: resources and routes, whose operations the document describes. */
    private static Set<Class<?>> serviceClasses() {
        Set<Class<?>> classes = new TreeSet<>(Comparator.comparing(Class::getName));
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().getName().startsWith("cn.enforcement.")) {
                classes.add(bean.getBeanClass());
            }
        }
        return classes;
    }
}
