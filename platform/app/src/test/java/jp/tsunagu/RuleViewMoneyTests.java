package jp.tsunagu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Money in the typed rule views ({@code jp.tsunagu.rules.national}) is {@link jp.tsunagu.kernel.Yen}, never a plain
 * number: no public method whose name says money returns one, no record component (field) whose name says money
 * is one, and no public method or constructor takes one under a name that says money.
 *
 * <p>A name says money when it contains, in any case, one of: yen, wage, pay, share, charge, benefit, amount,
 * premium, deduction, tax, remuneration, kouchin (工賃), copay, cap (but not capacity), price, fee, cost. These are
 * the words the views' names use (yenPerHour, workerShare, userCharge, benefit, healthEmployeeShare, Grade.amount,
 * payWithPremium, employmentIncomeDeduction, monthlyTax, averageMonthlyKouchin, monthlyCopayCap, totalCost ...).
 * A name that ends in the unit it counts ({@code Units}, {@code Percent}, {@code PerMille}, {@code Months},
 * {@code Days}, {@code Hours}, {@code Minutes}, {@code Points}, {@code Scale}, {@code Count}) is a count, not money:
 * {@code targetKouchinAchievementUnits} is 単位. A plain number is {@code int}, {@code long}, {@code double},
 * {@code float} or their boxes. A rate with sen (a unit price in yen per 単位, an hourly rate, a reduced minimum
 * wage) is a {@code BigDecimal}, which the rule lets pass: it is not an amount of whole yen.
 */
class RuleViewMoneyTests {
    static final String MONEY =
            "(?i).*(yen|wage|pay|share|charge|benefit|amount|premium|deduction|tax|remuneration|kouchin|copay|cap(?!acit)|price|fee|cost).*";
    static final String COUNT = ".*(Units|Percent|PerMille|Months|Days|Hours|Minutes|Points|Scale|Count)";
    private static final Set<String> NUMBERS = Set.of("int", "long", "double", "float",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ModularityTests.PRODUCTION)
            .importPackages("jp.tsunagu");

    static final ArchRule RULE_VIEWS_CARRY_MONEY_AS_YEN = moneyIsYen("jp.tsunagu.rules.national..");

    /** The rule for the classes in {@code packages}. */
    static ArchRule moneyIsYen(String... packages) {
        ArchRule returns = methods().that().areDeclaredInClassesThat().resideInAnyPackage(packages)
                .and().arePublic().and().haveNameMatching(MONEY).and().haveNameNotMatching(COUNT)
                .should(new ArchCondition<JavaMethod>("return money as Yen, not as a number") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (isNumber(method.getRawReturnType())) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns money as "
                                    + method.getRawReturnType().getName()));
                        }
                    }
                });
        ArchRule components = fields().that().areDeclaredInClassesThat().resideInAnyPackage(packages)
                .and().areNotStatic().and().haveNameMatching(MONEY).and().haveNameNotMatching(COUNT)
                .should(new ArchCondition<JavaField>("carry money as Yen, not as a number") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        if (isNumber(field.getRawType())) {
                            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " carries money as "
                                    + field.getRawType().getName()));
                        }
                    }
                });
        ArchRule arguments = codeUnits().that().areDeclaredInClassesThat().resideInAnyPackage(packages).and().arePublic()
                .should(new ArchCondition<JavaCodeUnit>("take money as Yen, not as a number") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        for (Parameter p : ((Executable) unit.reflect()).getParameters()) {
                            if (p.isNamePresent() && p.getName().matches(MONEY) && !p.getName().matches(COUNT)
                                    && NUMBERS.contains(p.getType().getName())) {
                                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes money ("
                                        + p.getName() + ") as " + p.getType().getName()));
                            }
                        }
                    }
                });
        return CompositeArchRule.of(returns).and(components).and(arguments)
                .because("money is whole yen in a type of its own (architecture guide), in every rule view");
    }

    private static boolean isNumber(JavaClass type) {
        return NUMBERS.contains(type.getName());
    }

    @Test
    void ruleViewsCarryMoneyAsYen() {
        RULE_VIEWS_CARRY_MONEY_AS_YEN.check(PRODUCTION);
    }

    @Test
    void theMoneyRuleCatchesNumbersInAFixture() {
        JavaClasses fixture = new ClassFileImporter().importPackages("jp.tsunagu.fixture");
        EvaluationResult result = moneyIsYen("jp.tsunagu.fixture..").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        // exactly the numbers that are money: not the units, the capacity, nor the Yen
        assertThat(result.getFailureReport().getDetails()).filteredOn(d -> d.contains("MoneyViewFixture")).containsExactlyInAnyOrder(
                "jp.tsunagu.fixture.MoneyViewFixture.monthlyCapYen() returns money as int",
                "jp.tsunagu.fixture.MoneyViewFixture.workerShare(jp.tsunagu.kernel.Yen) returns money as long",
                "jp.tsunagu.fixture.MoneyViewFixture.copayCap() returns money as long",
                "jp.tsunagu.fixture.MoneyViewFixture.copayCap carries money as long",
                "jp.tsunagu.fixture.MoneyViewFixture.<init>(long, int) takes money (copayCap) as long",
                "jp.tsunagu.fixture.MoneyViewFixture.userShare(long) takes money (totalCost) as long");
    }
}
