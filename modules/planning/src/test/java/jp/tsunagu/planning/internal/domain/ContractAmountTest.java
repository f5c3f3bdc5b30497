package jp.tsunagu.planning.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLN-1: the amount of a 支給決定 per month, and a usage contract must fit it. */
class ContractAmountTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");

    static DecisionDetails standard(LocalDate from, LocalDate to) {
        return new DecisionDetails(ServiceType.TYPE_B, AmountKind.STANDARD_DAYS, null, from, to, false, null);
    }

    static DecisionDetails days(int days, LocalDate from, LocalDate to) {
        return new DecisionDetails(ServiceType.TYPE_B, AmountKind.DAYS, days, from, to, false, null);
    }

    static CertificateDetails certificate(DecisionDetails... decisions) {
        return new CertificateDetails("1234567890", "131016", "千代田区", FROM, TO, 9300, List.of(decisions));
    }

    static UsageContract contract(CertificateDetails details, LocalDate start, LocalDate end, int days) {
        details.check();
        RecipientCertificate certificate = new RecipientCertificate(UUID.randomUUID(), details, "test", NOW);
        List<BenefitDecision> decisions = details.decisions().stream()
                .map(d -> new BenefitDecision(certificate.id(), d, "test", NOW)).toList();
        return UsageContract.start(certificate.personId(), UUID.randomUUID(), ServiceType.TYPE_B, start, end, days, certificate,
                decisions, "test", NOW);
    }

    @Test
    @DisplayName("PLN-1: 原則の日数 = days of the month − 8: April 2026 → 22, February 2026 → 20, February 2028 → 21")
    void standardDays() {
        assertThat(StandardDays.in(YearMonth.of(2026, 4))).isEqualTo(22);
        assertThat(StandardDays.in(YearMonth.of(2026, 2))).isEqualTo(20);
        assertThat(StandardDays.in(YearMonth.of(2028, 2))).isEqualTo(21);
        assertThat(StandardDays.in(YearMonth.of(2026, 5))).isEqualTo(23);
        BenefitDecision decision = new BenefitDecision(UUID.randomUUID(), standard(FROM, TO), "test", NOW);
        assertThat(decision.daysAllowedIn(YearMonth.of(2026, 4))).isEqualTo(22);
        assertThat(decision.daysAllowedIn(YearMonth.of(2026, 2))).isEqualTo(20);
    }

    @Test
    @DisplayName("a decision of a number of days allows that number in every month")
    void decidedDays() {
        BenefitDecision decision = new BenefitDecision(UUID.randomUUID(), days(15, FROM, TO), "test", NOW);
        assertThat(decision.daysAllowedIn(YearMonth.of(2026, 2))).isEqualTo(15);
        assertThat(decision.daysAllowedIn(YearMonth.of(2026, 5))).isEqualTo(15);
    }

    @Test
    @DisplayName("PLN-1: 23 days for April 2026 under 原則の日数 → 400 on contractedDays naming the certificate, 2026-04 and 22; 22 days fit")
    void pln1TooManyDaysInApril() {
        Problem.Invalid invalid = catchThrowableOfType(Problem.Invalid.class,
                () -> contract(certificate(standard(FROM, TO)), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), 23));
        assertThat(invalid.field()).isEqualTo("contractedDays");
        assertThat(invalid.code()).isEqualTo("planning.contract.aboveDecision");
        assertThat(invalid.args()).containsExactly(23, "1234567890", "2026-04", 22);
        UsageContract fits = contract(certificate(standard(FROM, TO)), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), 22);
        assertThat(fits.contractedDays()).isEqualTo(22);
        assertThat(fits.covers(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(fits.covers(LocalDate.of(2026, 5, 1))).isFalse();
    }

    @Test
    @DisplayName("every month the contract covers counts: 21 days from January (23 allowed) fail in February 2026 (20)")
    void everyMonthCounts() {
        Problem.Invalid invalid = catchThrowableOfType(Problem.Invalid.class,
                () -> contract(certificate(standard(FROM, TO)), LocalDate.of(2026, 1, 15), null, 21));
        assertThat(invalid.args()).containsExactly(21, "1234567890", "2026-02", 20);
        // a contract from March on never meets February
        assertThat(contract(certificate(standard(FROM, TO)), LocalDate.of(2026, 3, 1), null, 21).startDate())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        // only the months within the decision's period count: a decision for January alone allows 23 days
        assertThat(contract(certificate(standard(FROM, LocalDate.of(2026, 1, 31))), LocalDate.of(2026, 1, 5), null, 23)
                .contractedDays()).isEqualTo(23);
    }

    @Test
    @DisplayName("a decided number of days is the limit: 16 days above 15 → 400 naming the first month")
    void aboveDecidedDays() {
        Problem.Invalid invalid = catchThrowableOfType(Problem.Invalid.class,
                () -> contract(certificate(days(15, FROM, TO)), LocalDate.of(2026, 6, 10), null, 16));
        assertThat(invalid.field()).isEqualTo("contractedDays");
        assertThat(invalid.args()).containsExactly(16, "1234567890", "2026-06", 15);
    }

    @Test
    @DisplayName("EG61-like: a start no decision for the service type covers → 400 on startDate")
    void startNotCovered() {
        Problem.Invalid invalid = catchThrowableOfType(Problem.Invalid.class,
                () -> contract(certificate(standard(LocalDate.of(2026, 4, 1), TO)), LocalDate.of(2026, 3, 1), null, 10));
        assertThat(invalid.field()).isEqualTo("startDate");
        assertThat(invalid.code()).isEqualTo("planning.contract.noDecision");
        DecisionDetails transition = new DecisionDetails(ServiceType.TRANSITION, AmountKind.STANDARD_DAYS, null, FROM, TO, false, null);
        assertThat(catchThrowableOfType(Problem.Invalid.class,
                () -> contract(certificate(transition), LocalDate.of(2026, 4, 1), null, 10)).field()).isEqualTo("startDate");
    }

    @Test
    @DisplayName("a 暫定支給決定 covers days only until its provisional term ends")
    void provisional() {
        BenefitDecision decision = new BenefitDecision(UUID.randomUUID(), new DecisionDetails(ServiceType.TRANSITION,
                AmountKind.STANDARD_DAYS, null, LocalDate.of(2026, 4, 1), TO, true, LocalDate.of(2026, 5, 31)), "test", NOW);
        assertThat(decision.coveredUntil()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(decision.covers(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(decision.covers(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(decision.covers(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(decision.monthsCovered(LocalDate.of(2026, 4, 15), null))
                .containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5));
        assertThat(decision.monthsCovered(LocalDate.of(2026, 7, 1), null)).isEmpty();
    }

    @Test
    @DisplayName("ending: not before the start, not after the agreed end, only once")
    void ending() {
        UsageContract c = contract(certificate(standard(FROM, TO)), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), 20);
        assertThat(catchThrowableOfType(Problem.Invalid.class, () -> c.end(LocalDate.of(2026, 3, 31), "一般就労")).field())
                .isEqualTo("endDate");
        assertThat(catchThrowableOfType(Problem.Invalid.class, () -> c.end(LocalDate.of(2026, 10, 1), "一般就労")).code())
                .isEqualTo("planning.contract.endAfterAgreed");
        c.end(LocalDate.of(2026, 6, 30), "一般就労");
        assertThat(c.ended()).isTrue();
        assertThat(c.endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> c.end(LocalDate.of(2026, 6, 30), "再")).isInstanceOf(Problem.Conflict.class);
    }

    @Test
    @DisplayName("certificate rules name the field: 10 digits, 6 digits, end before start, decision outside validity, DAYS without days")
    void certificateRules() {
        assertThat(field(new CertificateDetails("123456789", "131016", null, FROM, TO, 0, List.of()))).isEqualTo("certificateNumber");
        assertThat(field(new CertificateDetails("12345678901", "131016", null, FROM, TO, 0, List.of()))).isEqualTo("certificateNumber");
        assertThat(field(new CertificateDetails("12345abcde", "131016", null, FROM, TO, 0, List.of()))).isEqualTo("certificateNumber");
        assertThat(field(new CertificateDetails("1234567890", "13101", null, FROM, TO, 0, List.of()))).isEqualTo("municipalityCode");
        assertThat(field(new CertificateDetails("1234567890", "131016", null, TO, FROM, 0, List.of()))).isEqualTo("validTo");
        assertThat(field(new CertificateDetails("1234567890", "131016", null, FROM, TO, -1, List.of()))).isEqualTo("monthlyCopayCap");
        assertThat(field(certificate(standard(FROM, TO), standard(FROM, LocalDate.of(2027, 1, 31))))).isEqualTo("decisions[1].periodTo");
        assertThat(field(certificate(standard(LocalDate.of(2025, 12, 1), TO)))).isEqualTo("decisions[0].periodFrom");
        assertThat(field(certificate(standard(TO, FROM)))).isEqualTo("decisions[0].periodTo");
        assertThat(field(certificate(new DecisionDetails(ServiceType.TYPE_B, AmountKind.DAYS, null, FROM, TO, false, null))))
                .isEqualTo("decisions[0].daysPerMonth");
        assertThat(field(certificate(new DecisionDetails(ServiceType.TYPE_B, AmountKind.STANDARD_DAYS, 20, FROM, TO, false, null))))
                .isEqualTo("decisions[0].daysPerMonth");
        assertThat(field(certificate(new DecisionDetails(ServiceType.TYPE_B, AmountKind.STANDARD_DAYS, null, FROM, TO, true, null))))
                .isEqualTo("decisions[0].provisionalUntil");
        assertThat(field(certificate(new DecisionDetails(ServiceType.TYPE_B, AmountKind.STANDARD_DAYS, null, FROM, TO, true,
                LocalDate.of(2027, 1, 1))))).isEqualTo("decisions[0].provisionalUntil");
        certificate(standard(FROM, TO), days(10, FROM, TO)).check();
    }

    private static String field(CertificateDetails details) {
        return catchThrowableOfType(Problem.Invalid.class, details::check).field();
    }
}
