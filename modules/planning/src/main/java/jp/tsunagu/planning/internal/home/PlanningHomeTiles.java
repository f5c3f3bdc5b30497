package jp.tsunagu.planning.internal.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.planning.internal.PersonService;
import jp.tsunagu.planning.internal.PlanService;
import jp.tsunagu.planning.internal.domain.Person;
import jp.tsunagu.web.HomeTile;
import jp.tsunagu.web.HomeTile.Figure;
import jp.tsunagu.web.HomeTile.Line;
import jp.tsunagu.web.HomeTile.Severity;
import jp.tsunagu.web.HomeTile.Text;
import jp.tsunagu.web.HomeTiles;
import org.springframework.stereotype.Component;

/**
 * For whoever reads plans at the office (a service manager first): モニタリング期限切れ N件 / 30日以内 N件, the
 * earliest first with the person and the date, linking to the monitoring page (the same list, the same 30 days); and
 * the plans to make or finish: persons served without a plan, plans not yet delivered, each linking to its page.
 */
@Component
class PlanningHomeTiles implements HomeTiles {
    private static final int WITHIN_DAYS = 30;

    private final PlanService plans;
    private final PlanWorklist worklist;
    private final PersonService persons;

    PlanningHomeTiles(PlanService plans, PlanWorklist worklist, PersonService persons) {
        this.plans = plans;
        this.worklist = worklist;
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
        Map<UUID, Person> served = persons.servedBy(office);
        return List.of(monitoring(request, plans.due(office, request.today(), WITHIN_DAYS, served)),
                plans(request, worklist.of(office, request.today(), served)));
    }

    private static HomeTile monitoring(Request request, List<PlanService.Due> due) {
        long overdue = due.stream().filter(PlanService.Due::overdue).count();
        List<Figure> figures = List.of(Figure.of("planning.home.overdue", overdue, Severity.ALERT),
                Figure.of("planning.home.dueSoon", due.size() - overdue, Severity.ATTENTION));
        return HomeTile.of("planning.home.monitoring", HomeTile.worst(figures), figures, due, d -> line(request, d),
                request.personalData(), request.path("/planning/monitoring"), "planning.home.monitoring.open");
    }

    /** Persons without a plan first (serving without one reduces the fees: 個別支援計画未作成減算), then plans before delivery. */
    private static HomeTile plans(Request request, PlanWorklist.Worklist work) {
        List<Figure> figures = List.of(Figure.of("planning.home.noPlan", work.missing().size(), Severity.ALERT),
                Figure.of("planning.home.pending", work.pending().size(), Severity.ATTENTION));
        List<Line> lines = new ArrayList<>();
        work.missing().forEach(i -> lines.add(new Line(i.name(), null, new Text("planning.home.noPlanNote"), Severity.ALERT,
                request.path("/planning/persons/" + i.personId()))));
        work.pending().forEach(i -> lines.add(new Line(i.name(), null, new Text("planning.state." + i.state()), Severity.ATTENTION,
                request.path("/planning/plans/" + i.planId()))));
        return HomeTile.of("planning.home.plans", HomeTile.worst(figures), figures, lines, line -> line, request.personalData(),
                request.path("/planning/persons"), "planning.home.persons.open");
    }

    private static Line line(Request request, PlanService.Due d) {
        Text note = d.overdue() ? new Text("planning.ui.overdue", d.daysOverdue()) : new Text("planning.ui.daysLeft", -d.daysOverdue());
        return new Line(d.name(), d.dueOn(), note, d.overdue() ? Severity.ALERT : Severity.ATTENTION,
                request.path("/planning/plans/" + d.planId()));
    }
}
