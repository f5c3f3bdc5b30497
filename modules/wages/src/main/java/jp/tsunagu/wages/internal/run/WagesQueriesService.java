package jp.tsunagu.wages.internal.run;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.api.ServiceMonthTier;
import jp.tsunagu.wages.api.WagesQueries;
import jp.tsunagu.wages.internal.average.AverageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link WagesQueries} for other modules, read from the closed runs (the average: {@link AverageService}). */
@Service
class WagesQueriesService implements WagesQueries {
    private final WagesRunRepository runs;
    private final WagesPaymentRepository payments;
    private final AverageService average;

    WagesQueriesService(WagesRunRepository runs, WagesPaymentRepository payments, AverageService average) {
        this.runs = runs;
        this.payments = payments;
        this.average = average;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<Yen> paid(OfficeId office, PersonId person, YearMonth month) {
        return payments.ofPerson(office.value(), person.value(), month.atDay(1)).stream().map(WagesPayment::total).findFirst();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<Paid> paid(OfficeId office, YearMonth month) {
        return runs.ofMonth(office.value(), month.atDay(1))
                .map(run -> payments.ofRun(run.id()).stream().map(p -> new Paid(p.personId(), p.total())).toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public ServiceMonthTier average(OfficeId office, YearMonth serviceMonth) {
        return average.serviceMonth(office, serviceMonth);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<ClosedMonth> closedMonths(OfficeId office, YearMonth from, YearMonth to) {
        return average.closedMonths(office, from, to);
    }
}
