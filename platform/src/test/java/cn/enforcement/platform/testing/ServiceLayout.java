package cn.enforcement.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The layout every service keeps (docs/service-layout.md), as rules a test of each service checks: the entrances
 * ({@code api}, {@code events}, {@code jobs}) call the domain and the read model and are called by nothing; the
 * {@code infrastructure} implements interfaces the domain declares and is called by nothing directly; no
 * package cycles among a service's packages or among the sub-packages of its domain; no infrastructure types (object
 * store, Redis, PDF rendering, Kafka, HTTP) in domain code.
 */
public final class ServiceLayout {

    /** Types of the infrastructure the domain is kept free of: adapters outside {@code domain} wrap them. */
    static final String[] INFRASTRUCTURE = { "io.minio..", "io.lettuce..", "io.vertx.redis..", "io.quarkus.redis..",
        "com.openhtmltopdf..", "org.apache.pdfbox..", "com.google.zxing..", "org.apache.kafka..", "io.smallrye.reactive.messaging..",
        "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx.core.http..", "io.vertx.ext.web.." };

    private ServiceLayout() {
    }

    /** The rules for the service whose classes are under the package, e.g. {@code cn.enforcement.cases}. */
    public static List<ArchRule> rulesOf(String service) {
        return List.of(
                layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                        .layer("api").definedBy(service + ".api..")
                        .layer("events").definedBy(service + ".events..")
                        .layer("jobs").definedBy(service + ".jobs..")
                        .layer("domain").definedBy(service + ".domain..")
                        .layer("readmodel").definedBy(service + ".readmodel..")
                        .layer("infrastructure").definedBy(service + ".infrastructure..")
                        .whereLayer("api").mayNotBeAccessedByAnyLayer()
                        .whereLayer("events").mayNotBeAccessedByAnyLayer()
                        .whereLayer("jobs").mayNotBeAccessedByAnyLayer()
                        .whereLayer("infrastructure").mayNotBeAccessedByAnyLayer()
                        .as("the entrances (api, events, jobs) call the domain and the read model; nothing calls them; the"
                                + " infrastructure implements what the domain declares and is reached through it"),
                slices().matching(service + ".(*)..").should().beFreeOfCycles()
                        .as("no cycles among the service's packages"),
                slices().matching(service + ".domain.(*)..").should().beFreeOfCycles().allowEmptyShould(true)
                        .as("no cycles among the domain's sub-packages (where it has any)"),
                noClasses().that().resideInAPackage(service + ".domain..").should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                        .as("no infrastructure types in domain code"));
    }

    /** An aggregate's state changes only through its own methods: no other class sets its fields. */
    public static ArchRule onlyItselfChanges(Class<?> aggregate) {
        ArchCondition<JavaClass> setNoField = new ArchCondition<>("set no field of " + aggregate.getSimpleName()) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getFieldAccessesFromSelf().stream()
                        .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET
                                && access.getTarget().getOwner().isEquivalentTo(aggregate))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
            }
        };
        return classes().that().doNotBelongToAnyOf(aggregate).should(setNoField)
                .as("only " + aggregate.getSimpleName() + " changes its own fields, through methods named for the acts");
    }

    /** The service's own classes, without its tests. */
    public static JavaClasses classesOf(String service) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(service);
    }
}
