package jp.tsunagu.training.internal.period;

import java.util.List;
import jp.tsunagu.web.HomeTile;
import jp.tsunagu.web.HomeTile.Figure;
import jp.tsunagu.web.HomeTile.Line;
import jp.tsunagu.web.HomeTile.Severity;
import jp.tsunagu.web.HomeTile.Text;
import jp.tsunagu.web.HomeTiles;
import org.springframework.stereotype.Component;

/** The first screen's tile: the persons whose 就労移行支援 period is past 18 or 22 months or has ended, and extensions waiting. */
@Component
class UsagePeriodHomeTiles implements HomeTiles {
    private final UsagePeriodService periods;

    UsagePeriodHomeTiles(UsagePeriodService periods) {
        this.periods = periods;
    }

    @Override
    public String module() {
        return "training";
    }

    @Override
    public List<HomeTile> tiles(Request request) {
        if (!request.can("training:support.read")) {
            return List.of();
        }
        List<UsagePeriodService.PersonPeriod> due = periods.periods(request.office().id()).stream()
                .filter(p -> p.period().stage() != UsagePeriod.Stage.RUNNING || p.pending()).toList();
        long second = due.stream().filter(p -> p.period().stage() == UsagePeriod.Stage.SECOND_WARNING
                || p.period().stage() == UsagePeriod.Stage.ENDED).count();
        long first = due.stream().filter(p -> p.period().stage() == UsagePeriod.Stage.FIRST_WARNING).count();
        long pending = due.stream().filter(UsagePeriodService.PersonPeriod::pending).count();
        List<Figure> figures = List.of(Figure.of("training.home.second", second, Severity.ALERT),
                Figure.of("training.home.first", first, Severity.ATTENTION), Figure.of("training.home.pending", pending, Severity.ATTENTION));
        return List.of(HomeTile.of("training.home.periods", HomeTile.worst(figures), figures, due,
                p -> new Line(p.name(), p.period().end(), new Text("training.home.stage." + p.period().stage(), p.period().daysLeft()),
                        p.period().stage() == UsagePeriod.Stage.FIRST_WARNING || p.period().stage() == UsagePeriod.Stage.RUNNING ? Severity.ATTENTION : Severity.ALERT,
                        request.path("/training/periods/" + p.person().value())),
                request.personalData(), request.path("/training/periods"), "training.home.open"));
    }
}
