package jp.tsunagu.employment.internal.payroll;

import java.time.YearMonth;
import java.util.Optional;
import jp.tsunagu.employment.api.EmploymentQueries;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link EmploymentQueries} from the closed payrolls. */
@Service
class EmploymentQueriesService implements EmploymentQueries {
    private final PayrollRunRepository runs;
    private final Offices offices;
    private final jp.tsunagu.employment.internal.score.TypeAScoreService scores;

    EmploymentQueriesService(PayrollRunRepository runs, Offices offices, jp.tsunagu.employment.internal.score.TypeAScoreService scores) {
        this.runs = runs;
        this.offices = offices;
        this.scores = scores;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Score> score(OfficeId office, jp.tsunagu.kernel.FiscalYear year, String staffing) {
        var s = scores.score(office, year, staffing);
        return s.total() == null ? Optional.empty() : Optional.of(new Score(s.total(), s.units()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<PaidMonth> paid(OfficeId office, PersonId person, YearMonth month) {
        offices.require(office);
        return runs.ofMonth(office.value(), month.atDay(1)).flatMap(run -> runs.payslips(run.id()).stream()
                .filter(p -> p.personId().equals(person)).findFirst()
                .map(p -> new PaidMonth(p.payslip().gross(), p.workedMinutes(), p.daysWorked())));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<Yen> totalWages(OfficeId office, YearMonth month) {
        offices.require(office);
        return runs.ofMonth(office.value(), month.atDay(1)).map(PayrollRun::totalGross);
    }
}
