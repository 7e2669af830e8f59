package com.tuoyu.directory.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of the architecture: features talk through services, entities never leave their feature. */
class FeatureBoundariesTest {

    static final String BASE = "com.tuoyu.directory";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    private static final DescribedPredicate<JavaClass> ENTITY_OR_REPOSITORY =
            DescribedPredicate.describe("entities and repositories", c -> c.isAnnotatedWith(Entity.class)
                    || c.isAssignableTo(PanacheRepositoryBase.class));

    /**
     * Which features each feature may use (platform is cross-cutting and may be used by all). The README's package
     * map says the same in words; {@link PackageMapTest} keeps the two in step.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("platform", Set.of()),
            Map.entry("division", Set.of()),
            Map.entry("identity", Set.of("division")),
            Map.entry("nursery", Set.of("division")),
            Map.entry("disclosure", Set.of("nursery")),
            Map.entry("fees", Set.of("nursery", "division", "disclosure")),
            Map.entry("supervision", Set.of("nursery", "division", "disclosure")),
            Map.entry("complaint", Set.of("nursery", "division", "identity", "supervision", "statistics")),
            Map.entry("search", Set.of("nursery", "division", "disclosure", "fees", "supervision")),
            Map.entry("nurserypage", Set.of("nursery", "division", "disclosure", "fees", "supervision", "complaint", "subsidy", "nurserystaff")),
            Map.entry("subsidy", Set.of("nursery", "division", "fees")),
            Map.entry("comparison", Set.of("nursery", "nurserypage", "complaint", "subsidy", "fees", "disclosure", "supervision")),
            Map.entry("statistics", Set.of("nursery", "division", "disclosure", "supervision")),
            Map.entry("registerimport", Set.of("nursery", "division", "disclosure", "fees")),
            Map.entry("demo", Set.of("nursery", "division", "disclosure", "fees", "supervision", "complaint", "identity")),
            Map.entry("saved", Set.of("nursery", "search")),
            Map.entry("nurserystaff", Set.of("nursery", "identity", "disclosure")),
            Map.entry("visit", Set.of("nursery")),
            Map.entry("alert", Set.of("nursery", "disclosure", "identity", "saved", "nurserystaff")),
            Map.entry("console", Set.of()),
            Map.entry("privacy", Set.of("identity", "complaint", "visit", "saved", "alert")),
            Map.entry("audit", Set.of("identity", "division", "nursery", "complaint")));

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void everyPackageIsAKnownFeature() {
        Set<String> features = PRODUCTION.stream().map(c -> c.getPackageName())
                .filter(name -> name.startsWith(BASE + "."))
                .map(name -> name.substring(BASE.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(features).as("feature packages; a new one needs its allowed dependencies in ALLOWED")
                .isEqualTo(new TreeSet<>(ALLOWED.keySet()));
    }

    @Test
    void eachFeatureUsesOnlyTheFeaturesItMay() {
        ALLOWED.forEach((feature, allowed) -> {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(feature) && !other.equals("platform") && !allowed.contains(other))
                    .map(other -> BASE + "." + other + "..").toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(BASE + "." + feature + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(feature + " may use only " + allowed)
                        .allowEmptyShould(true)
                        .check(PRODUCTION);
            }
        });
    }

    @Test
    void entitiesAndRepositoriesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that(ENTITY_OR_REPOSITORY)
                .should(new ArchCondition<>("be used only by classes of their own package") {
                    @Override
                    public void check(JavaClass target, ConditionEvents events) {
                        for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                            JavaClass origin = dependency.getOriginClass();
                            if (!origin.getPackageName().equals(target.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }

    @Test
    void resourcesAndDtosNeverTouchEntities() {
        noClasses().that().haveSimpleNameEndingWith("Resource").or().resideInAPackage("..dto..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(PRODUCTION);
    }
}
