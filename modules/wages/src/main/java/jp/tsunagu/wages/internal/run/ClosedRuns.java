package jp.tsunagu.wages.internal.run;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed runs of 工賃 as documents read them (工賃明細書, 工賃一覧, 工賃台帳, 生産活動シート): a closed month as its close
 * stored it, a user's closed months of a fiscal year, and what the office paid in each closed month. Nothing is
 * calculated again, and a month still open is no closed run (a preview is not a document). Nothing here is audited:
 * the caller records what it does with the figures (an export), in its transaction.
 */
@Service
public class ClosedRuns {
    private final WagesRunRepository runs;
    private final WagesPaymentRepository payments;
    private final RunService calculations;
    private final Offices offices;

    ClosedRuns(WagesRunRepository runs, WagesPaymentRepository payments, RunService calculations, Offices offices) {
        this.runs = runs;
        this.payments = payments;
        this.calculations = calculations;
        this.offices = offices;
    }

    /** The month's closed run as {@link RunService#preview} shows it once closed; empty while the month is open. */
    @Transactional(readOnly = true)
    public Optional<RunService.Calculation> month(OfficeId office, YearMonth month) {
        offices.require(office);
        return runs.ofMonth(office.value(), month.atDay(1)).map(calculations::stored);
    }

    /** One closed month of a user: the month and the user's line of its run. */
    public record PaidMonth(YearMonth month, RunService.Line line) {
    }

    /**
     * The user's closed months of {@code year} at the office (the 工賃台帳), by month; empty when no closed run paid them.
     * Every line carries the name and kana the office served them under in the last of those months.
     */
    @Transactional(readOnly = true)
    public List<PaidMonth> ofPerson(OfficeId office, PersonId person, FiscalYear year) {
        offices.require(office);
        List<WagesPayment> paid = payments.ofPersonBetween(office.value(), person.value(), year.start(), year.lastMonth().atDay(1));
        if (paid.isEmpty()) {
            return List.of();
        }
        PlanningQueries.ServedPerson who = calculations.names(office, paid.getLast().month(), List.of(person)).get(person);
        return paid.stream().map(p -> new PaidMonth(p.month(), new RunService.Line(person, who.name(), who.kana(), p.serviceType(),
                p.minutes(), p.days(), p.pieces(), p.rate(), p.base(), p.share()))).toList();
    }

    /** A closed month of the office: the 工賃 its run paid and the reserve (工賃変動積立金) it used. */
    public record MonthPaid(YearMonth month, Yen totalPaid, Yen reserveUsed) {
    }

    /** The office's closed months of {@code year}, by month (months still open are not there). */
    @Transactional(readOnly = true)
    public List<MonthPaid> ofYear(OfficeId office, FiscalYear year) {
        offices.require(office);
        return runs.ofOfficeBetween(office.value(), year.start(), year.lastMonth().atDay(1)).stream()
                .map(r -> new MonthPaid(r.month(), r.totalPaid(), r.reserveUsed())).toList();
    }
}
