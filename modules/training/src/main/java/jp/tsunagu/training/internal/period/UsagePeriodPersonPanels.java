package jp.tsunagu.training.internal.period;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.web.HomeTile;
import jp.tsunagu.web.HomeTile.Line;
import jp.tsunagu.web.HomeTile.Severity;
import jp.tsunagu.web.HomeTile.Text;
import jp.tsunagu.web.PageForms;
import jp.tsunagu.web.PersonPanels;
import org.springframework.stereotype.Component;

/**
 * The person's page (planning's): the 就労移行支援 usage period's end with the warning after 18 or 22 months and the
 * days left, an extension waiting for its decision, and the link to the goals and progress of the programme; for a
 * person served for 就労移行支援 without a recorded first day, that it is missing.
 */
@Component
class UsagePeriodPersonPanels implements PersonPanels {
    private final UsagePeriodService periods;
    private final PageForms texts;

    UsagePeriodPersonPanels(UsagePeriodService periods, PageForms texts) {
        this.periods = periods;
        this.texts = texts;
    }

    @Override
    public String module() {
        return "training";
    }

    @Override
    public List<HomeTile> panels(Request request) {
        if (!request.can("training:support.read")) {
            return List.of();
        }
        String person = request.person().value().toString();
        var found = periods.periodIfAny(request.office().id(), request.person());
        if (found.isEmpty()) {
            return periods.servedToday(request.office().id(), request.person())
                    ? List.of(new HomeTile("training.panel.title", Severity.ATTENTION, List.of(),
                    List.of(new Line(texts.message("training.panel.noFirstDay", request.locale()), null, null, Severity.ATTENTION,
                            request.path("/training/periods"))), 0, request.path("/training/periods"), "training.home.open"))
                    : List.of();
        }
        UsagePeriod u = found.get().period();
        Severity severity = switch (u.stage()) {
            case RUNNING -> Severity.NORMAL;
            case FIRST_WARNING -> Severity.ATTENTION;
            case SECOND_WARNING, ENDED -> Severity.ALERT;
        };
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(texts.message("training.panel.end", request.locale()), u.end(),
                new Text("training.panel.stage." + u.stage(), u.daysLeft()), severity, request.path("/training/periods/" + person)));
        if (found.get().pending()) {
            lines.add(new Line(texts.message("training.ui.pending", request.locale()), null, null, Severity.ATTENTION,
                    request.path("/training/periods/" + person)));
        }
        if (periods.servedToday(request.office().id(), request.person())) { // the programme's page is for a person served
            lines.add(new Line(texts.message("training.programme.ui.progress", request.locale()), null, null, null,
                    request.path("/training/programme/persons/" + person)));
        }
        Severity worst = found.get().pending() && severity == Severity.NORMAL ? Severity.ATTENTION : severity;
        return List.of(new HomeTile("training.panel.title", worst, List.of(), lines, 0, request.path("/training/periods/" + person),
                "training.home.open"));
    }
}
