package jp.tsunagu.planning.internal.home;

import java.util.List;
import jp.tsunagu.planning.internal.PersonService;
import jp.tsunagu.planning.internal.PlanService;
import jp.tsunagu.web.HomeTile;
import jp.tsunagu.web.HomeTile.Figure;
import jp.tsunagu.web.HomeTile.Line;
import jp.tsunagu.web.HomeTile.Severity;
import jp.tsunagu.web.HomeTile.Text;
import jp.tsunagu.web.HomeTiles;
import org.springframework.stereotype.Component;

/**
 * For whoever reads plans at the office (a service manager first): モニタリング期限切れ N件 / 30日以内 N件, the
 * earliest first with the person and the date, linking to the monitoring page (the same list, the same 30 days).
 */
@Component
class PlanningHomeTiles implements HomeTiles {
    private static final int WITHIN_DAYS = 30;

    private final PlanService plans;
    private final PersonService persons;

    PlanningHomeTiles(PlanService plans, PersonService persons) {
        this.plans = plans;
        this.persons = persons;
    }

    @Override
    public String module() {
        return "planning";
    }

    @Override
    public List<HomeTile> tiles(Request request) {
        if (!request.can("planning:plan.read")) {
            return List.of();
        }
        var office = request.office().id();
        List<PlanService.Due> due = plans.due(office, request.today(), WITHIN_DAYS, persons.servedBy(office));
        long overdue = due.stream().filter(PlanService.Due::overdue).count();
        List<Figure> figures = List.of(Figure.of("planning.home.overdue", overdue, Severity.ALERT),
                Figure.of("planning.home.dueSoon", due.size() - overdue, Severity.ATTENTION));
        return List.of(HomeTile.of("planning.home.monitoring", HomeTile.worst(figures), figures, due, d -> line(request, d),
                request.personalData(), request.path("/planning/monitoring"), "planning.home.monitoring.open"));
    }

    private static Line line(Request request, PlanService.Due d) {
        Text note = d.overdue() ? new Text("planning.ui.overdue", d.daysOverdue()) : new Text("planning.ui.daysLeft", -d.daysOverdue());
        return new Line(d.name(), d.dueOn(), note, d.overdue() ? Severity.ALERT : Severity.ATTENTION,
                request.path("/planning/plans/" + d.planId()));
    }
}
