package jp.tsunagu.wages.internal.run;

import java.time.Clock;
import java.util.Map;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.wages.internal.reserves.SetAside;
import jp.tsunagu.wages.internal.domain.PayCalculation;
import jp.tsunagu.workspace.events.AttendanceMonthClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the monthly run when an office closes its service records ({@link AttendanceMonthClosed}, under the event's
 * tenant): the month's preview is calculated and what it found is kept as a due month, which the first screen lists
 * until the run is closed. Offices where the wages module is off are skipped. Nothing is closed here: closing is a
 * person's decision.
 */
@Component
class MonthDueListener {
    private final RunService runs;
    private final MonthDueRepository due;
    private final ModuleActivations modules;
    private final Clock clock;

    MonthDueListener(RunService runs, MonthDueRepository due, ModuleActivations modules, Clock clock) {
        this.runs = runs;
        this.due = due;
        this.modules = modules;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AttendanceMonthClosed closed) {
        if (!modules.isEnabled(closed.officeId(), "wages")) {
            return;
        }
        String outcome;
        Yen shortfall = null;
        try {
            PayCalculation.Outcome<PersonId> o = runs.calculation(closed.officeId(), closed.month(), Map.of(), Yen.ZERO, SetAside.NONE).outcome();
            outcome = switch (o) {
                case PayCalculation.Distributed<PersonId> d -> "DISTRIBUTED";
                case PayCalculation.Shortfall<PersonId> s -> {
                    shortfall = s.shortfall();
                    yield "SHORTFALL";
                }
                case PayCalculation.NoWork<PersonId> n -> "NO_WORK";
            };
        } catch (Problem.Invalid refused) {
            if (!"wages.run.noPayRule".equals(refused.code())) {
                return; // the records were reopened before this ran: the next close makes the month due
            }
            outcome = "NO_PAY_RULE";
        }
        java.util.Optional<MonthDue> known = due.ofMonth(closed.officeId().value(), closed.month().atDay(1));
        if (known.isPresent()) {
            known.get().found(outcome, shortfall); // closed again after a reopening: what the records say now
        } else {
            due.save(new MonthDue(closed.officeId().value(), closed.month(), outcome, shortfall, "system:wages", clock.instant()));
        }
    }
}
