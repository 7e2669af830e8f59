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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of the architecture: features talk through services, entities never leave their feature. */
class FeatureBoundariesTest {

    private static final String BASE = "com.tuoyu.directory";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    private static final DescribedPredicate<JavaClass> ENTITY_OR_REPOSITORY =
            DescribedPredicate.describe("entities and repositories", c -> c.isAnnotatedWith(Entity.class)
                    || c.isAssignableTo(PanacheRepositoryBase.class));

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BASE + ".nursery..", BASE + ".disclosure..", BASE + ".search..", BASE + ".complaint..",
                        BASE + ".identity..", BASE + ".statistics..", BASE + ".demo..")
                .check(PRODUCTION);
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
