package jp.tsunagu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
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
            .withImportOption(ModularityTests.PRODUCTION)
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

    /**
     * Every entity of a module extends {@code TenantOwnedEntity}, none excepted: those written before the base joined it
     * through change sets that gave their tables what it needs (a version; created at and by beside a "recorded" or
     * "set" that is the latest change; an id where the key was composite, which stays unique).
     */
    static final ArchRule MODULE_ENTITIES_EXTEND_THE_BASE = classes()
            .that().resideOutsideOfPackages(PLATFORM).and().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().beAssignableTo(jp.tsunagu.tenancy.TenantOwnedEntity.class)
            .because("every tenant-owned entity has its id, tenant, version and creation from one base")
            .allowEmptyShould(true);

    @Test
    void moduleEntitiesExtendTheBase() {
        MODULE_ENTITIES_EXTEND_THE_BASE.check(PRODUCTION);
    }

    @Test
    void theBaseRuleCatchesAnEntityOfItsOwn() {
        JavaClasses fixture = new ClassFileImporter().importPackages("jp.tsunagu.fixture");
        EvaluationResult result = MODULE_ENTITIES_EXTEND_THE_BASE.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("HandRolledEntity").doesNotContain("BasedEntity");
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
        // the request filter (after the membership check), provisioning, and the binding of event listeners to their
        // event's tenant: nothing else, in a module or in the platform, chooses a tenant
        noClasses().that().doNotHaveFullyQualifiedName("jp.tsunagu.identity.internal.ActiveTenantFilter")
                .and().doNotHaveFullyQualifiedName("jp.tsunagu.app.ProvisionCommand")
                .and().doNotHaveFullyQualifiedName("jp.tsunagu.tenancy.internal.TenantEventListeners$Binding")
                .and().doNotHaveFullyQualifiedName(TenantContext.class.getName())
                .and().doNotHaveFullyQualifiedName(TenantContext.Carried.class.getName())
                .should().callMethod(TenantContext.class, "open", jp.tsunagu.kernel.TenantId.class)
                .orShould().callMethod(TenantContext.class, "callAs", jp.tsunagu.kernel.TenantId.class, java.util.function.Supplier.class)
                .orShould().callMethod(TenantContext.class, "runAs", jp.tsunagu.kernel.TenantId.class, Runnable.class)
                .check(PRODUCTION);
        noClasses().that().resideOutsideOfPackage("jp.tsunagu.tenancy..")
                .should().accessClassesThat().haveSimpleName("TenantBindingJpaDialect")
                .check(PRODUCTION);
    }

    /**
     * A module handles an event only through {@code @ApplicationModuleListener} or, where the work must be done before
     * the publishing request answers (a revocation that ends another tenant's access), a {@code @TransactionalEventListener}
     * in a transaction of its own: the platform binds the event's tenant to either, and the registry keeps the
     * publication until it completes. Either takes only an event that carries its tenant.
     */
    static final ArchRule LISTENERS_TAKE_TENANT_EVENTS = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
            .that().areDeclaredInClassesThat().resideOutsideOfPackages(PLATFORM)
            .and(com.tngtech.archunit.base.DescribedPredicate.describe("listeners", (com.tngtech.archunit.core.domain.JavaMethod m) ->
                    m.isAnnotatedWith(org.springframework.modulith.events.ApplicationModuleListener.class)
                            || m.isAnnotatedWith(org.springframework.transaction.event.TransactionalEventListener.class)))
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                    "take one event that implements TenantEvent") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaMethod method, com.tngtech.archunit.lang.ConditionEvents events) {
                    var parameters = method.getRawParameterTypes();
                    if (parameters.size() != 1 || !parameters.get(0).isAssignableTo(jp.tsunagu.kernel.TenantEvent.class)) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                method.getFullName() + " listens to an event that does not carry its tenant"));
                    }
                }
            })
            .allowEmptyShould(true);

    static final ArchRule NO_PLAIN_LISTENERS_IN_MODULES = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
            .that().areDeclaredInClassesThat().resideOutsideOfPackages(PLATFORM)
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                    "not be a plain @EventListener, and be a @TransactionalEventListener only with a transaction of its own") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaMethod method, com.tngtech.archunit.lang.ConditionEvents events) {
                    if (method.isAnnotatedWith(org.springframework.context.event.EventListener.class)) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method, method.getFullName()
                                + " is a plain @EventListener: it would run in the publisher's transaction and tenant"));
                    }
                    if (method.isAnnotatedWith(org.springframework.transaction.event.TransactionalEventListener.class)) {
                        boolean own = method.isAnnotatedWith(org.springframework.transaction.annotation.Transactional.class)
                                && method.getAnnotationOfType(org.springframework.transaction.annotation.Transactional.class).propagation()
                                == org.springframework.transaction.annotation.Propagation.REQUIRES_NEW;
                        if (!own) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method, method.getFullName()
                                    + " is a @TransactionalEventListener without @Transactional(propagation = REQUIRES_NEW): it would"
                                    + " write nothing, or write in the finished transaction of the publisher's tenant"));
                        }
                    }
                }
            })
            .because("a module's listener runs under its event's tenant, in its own transaction, and is retried")
            .allowEmptyShould(true);

    @Test
    void listenersTakeTenantEvents() {
        LISTENERS_TAKE_TENANT_EVENTS.check(PRODUCTION);
        NO_PLAIN_LISTENERS_IN_MODULES.check(PRODUCTION);
    }

    @Test
    void theListenerRuleCatchesATenantlessListener() {
        JavaClasses fixture = new ClassFileImporter().importPackages("jp.tsunagu.fixture");
        EvaluationResult result = LISTENERS_TAKE_TENANT_EVENTS.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("FixtureListeners.on(jp.tsunagu.fixture.FixtureListeners$Tenantless)")
                .doesNotContain("FixtureListeners$Happened)").doesNotContain("FixtureListeners$Flaky)");
    }

    @Test
    void theListenerRuleCatchesAPlainListenerAndOneWithoutItsOwnTransaction() {
        JavaClasses fixture = new ClassFileImporter().importPackages("jp.tsunagu.fixture");
        EvaluationResult result = NO_PLAIN_LISTENERS_IN_MODULES.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("ListenerShapes.plain(", "ListenerShapes.withoutTransaction(")
                .doesNotContain("ListenerShapes.withItsOwnTransaction(").doesNotContain("FixtureListeners.on(");
    }

    /**
     * Types an event's components and an api's signatures may not have: raw ids and primitive money say nothing of
     * what they hold.
     */
    static final ArchRule EVENTS_ARE_TYPED = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAnyPackage("..events..", "..api..").and().resideOutsideOfPackages(PLATFORM)
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                    "carry typed ids (TenantId, OfficeId, PersonId …) and Yen, never a raw UUID or a primitive amount of yen") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                    var instanceFields = item.getFields().stream()
                            .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)).toList();
                    // a typed id itself (record ContractId(UUID value)) holds the UUID
                    boolean typedId = instanceFields.size() == 1 && instanceFields.get(0).getName().equals("value");
                    for (var field : instanceFields) {
                        if (typedId) {
                            continue;
                        }
                        boolean uuid = field.getRawType().isEquivalentTo(java.util.UUID.class);
                        boolean primitiveYen = field.getName().matches("(?i).*(yen|amount|wage|kouchin|price|fee|cost|pay).*")
                                && (field.getRawType().isPrimitive() || field.getRawType().isAssignableTo(Number.class));
                        if (uuid || primitiveYen) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(field,
                                    item.getSimpleName() + "." + field.getName() + " is a " + field.getRawType().getSimpleName()));
                        }
                    }
                    if (!item.isInterface()) {
                        return;
                    }
                    for (var method : item.getMethods()) {
                        java.util.List<com.tngtech.archunit.core.domain.JavaType> types = new java.util.ArrayList<>(method.getParameterTypes());
                        types.add(method.getReturnType());
                        for (var type : types) {
                            if (type.getAllInvolvedRawTypes().stream().anyMatch(t -> t.isEquivalentTo(java.util.UUID.class))) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                        item.getSimpleName() + "." + method.getName() + " takes or gives a raw UUID"));
                                break;
                            }
                        }
                    }
                }
            })
            .allowEmptyShould(true);

    @Test
    void eventsCarryTypedIdsAndMoney() {
        EVENTS_ARE_TYPED.check(PRODUCTION);
    }

    @Test
    void theEventRuleCatchesARawId() {
        JavaClasses fixture = new ClassFileImporter().importPackages("jp.tsunagu.fixture");
        EvaluationResult result = EVENTS_ARE_TYPED.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("LooselyTyped.personId is a UUID")
                .contains("LooselyTyped.wageYen is a long").doesNotContain("LooselyTyped.officeId")
                .contains("LooseQueries.contracts takes or gives a raw UUID").doesNotContain("LooseQueries.typed");
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
