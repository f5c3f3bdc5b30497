package jp.tsunagu.wages.internal.run;

import java.util.List;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.web.HomeTile;
import jp.tsunagu.web.HomeTile.Figure;
import jp.tsunagu.web.HomeTile.Line;
import jp.tsunagu.web.HomeTile.Severity;
import jp.tsunagu.web.HomeTile.Text;
import jp.tsunagu.web.HomeTiles;
import org.springframework.stereotype.Component;

/**
 * For those who see the monthly run: 工賃の確定待ち N か月 (months whose service records are closed and whose run is not),
 * and among them those a preview found too small a pool for (不足 N), each month linking to its run.
 */
@Component
class RunHomeTiles implements HomeTiles {
    private final RunService runs;

    RunHomeTiles(RunService runs) {
        this.runs = runs;
    }

    @Override
    public String module() {
        return "wages";
    }

    @Override
    public List<HomeTile> tiles(Request request) {
        if (!request.can("wages:run.read")) {
            return List.of();
        }
        List<MonthDue> open = runs.dueMonths(request.office().id());
        long shortOnes = open.stream().filter(d -> "SHORTFALL".equals(d.outcome())).count();
        List<Figure> figures = List.of(Figure.of("wages.home.due", open.size(), Severity.ATTENTION),
                Figure.of("wages.home.shortfall", shortOnes, Severity.ALERT));
        // months, not persons: the lines show also where a login may not see names
        return List.of(HomeTile.of("wages.home.runs", HomeTile.worst(figures), figures, open,
                d -> new Line(JapaneseDates.era(d.month()) + " (" + d.month() + ")", null,
                        new Text("wages.home.outcome." + d.outcome(), d.shortfall() == null ? 0 : d.shortfall().value()),
                        "SHORTFALL".equals(d.outcome()) ? Severity.ALERT : Severity.ATTENTION,
                        request.path("/wages/runs?month=" + d.month())),
                true, request.path("/wages/runs"), "wages.home.open"));
    }
}
