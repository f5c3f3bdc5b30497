package jp.tsunagu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.TenantContext;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The rules of the architecture guide that Modulith's verify() does not cover. */
class ArchitectureTests {
    /** Platform parts; every other direct sub-package of jp.tsunagu is a business module. */
    private static final String[] PLATFORM = {"jp.tsunagu", "jp.tsunagu.kernel..", "jp.tsunagu.tenancy..", "jp.tsunagu.identity..",
            "jp.tsunagu.modules..", "jp.tsunagu.audit..", "jp.tsunagu.rules..", "jp.tsunagu.web..", "jp.tsunagu.app.."};

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.tsunagu");

    /** Every controller of a business module is guarded by the switchboard. */
    static final ArchRule MODULE_CONTROLLERS_ARE_GUARDED = classes()
            .that().resideOutsideOfPackages(PLATFORM)
            .and(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(RestController.class)
                    .or(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(Controller.class)))
            .should().beAnnotatedWith(RequiresModule.class)
            .allowEmptyShould(true)
            .because("a module switched off for an office must answer 404 there");

    @Test
    void moduleControllersAreGuarded() {
        MODULE_CONTROLLERS_ARE_GUARDED.check(PRODUCTION);
    }

    @Test
    void theGuardRuleCatchesAnUnguardedController() {
        JavaClasses fixture = new ClassFileImporter().importPackages("jp.tsunagu.fixture");
        EvaluationResult result = MODULE_CONTROLLERS_ARE_GUARDED.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("UnguardedFixture").doesNotContain("FixtureController");
    }

    @Test
    void businessEntitiesAreTenantScoped() {
        fields().that().areDeclaredInClassesThat().resideOutsideOfPackages(PLATFORM)
                .and().areDeclaredInClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .and().haveName("tenantId")
                .should().beAnnotatedWith(TenantId.class)
                .allowEmptyShould(true)
                .check(PRODUCTION);
        classes().that().resideOutsideOfPackages(PLATFORM).and().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("have a @TenantId field") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        if (item.getAllFields().stream().noneMatch(f -> f.isAnnotatedWith(TenantId.class))) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
                                    item.getName() + " is an entity of a module without @TenantId"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }

    @Test
    void domainImportsNoSpring() {
        noClasses().that().resideInAPackage("..internal.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }

    @Test
    void onlyThePlatformSetsTheTenant() {
        noClasses().that().resideOutsideOfPackages("jp.tsunagu.tenancy..", "jp.tsunagu.identity..", "jp.tsunagu.app..")
                .should().callMethod(TenantContext.class, "open", jp.tsunagu.kernel.TenantId.class)
                .orShould().callMethod(TenantContext.class, "callAs", jp.tsunagu.kernel.TenantId.class, java.util.function.Supplier.class)
                .orShould().callMethod(TenantContext.class, "runAs", jp.tsunagu.kernel.TenantId.class, Runnable.class)
                .check(PRODUCTION);
        noClasses().that().resideOutsideOfPackage("jp.tsunagu.tenancy..")
                .should().accessClassesThat().haveSimpleName("TenantBindingJpaDialect")
                .check(PRODUCTION);
    }

    @Test
    void moneyIsNeverFloatingPoint() {
        fields().that().haveNameMatching("(?i).*(yen|amount|wage|kouchin|price|fee|cost).*")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }

    @Test
    void calculationsDoNotReadTheSystemClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("calculations take the date or a Clock as input")
                .check(PRODUCTION);
    }

}
