package jp.tsunagu.training.internal.retention;

import java.util.List;
import jp.tsunagu.web.HomeTile;
import jp.tsunagu.web.HomeTile.Figure;
import jp.tsunagu.web.HomeTile.Line;
import jp.tsunagu.web.HomeTile.Severity;
import jp.tsunagu.web.HomeTile.Text;
import jp.tsunagu.web.HomeTiles;
import org.springframework.stereotype.Component;

/** The first screen's tile: the persons whose 就労定着支援 runs this month without a face-to-face contact yet (not billable as it stands). */
@Component
class RetentionHomeTiles implements HomeTiles {
    private final RetentionSupportService supports;

    RetentionHomeTiles(RetentionSupportService supports) {
        this.supports = supports;
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
        List<RetentionSupportService.Support> flagged = supports.supports(request.office().id()).stream()
                .filter(RetentionSupportService.Support::flagged).toList();
        if (flagged.isEmpty()) {
            return List.of();
        }
        List<Figure> figures = List.of(Figure.of("training.retention.home.none", flagged.size(), Severity.ATTENTION));
        return List.of(HomeTile.of("training.retention.home.title", HomeTile.worst(figures), figures, flagged,
                s -> new Line(s.name(), null, new Text("training.retention.home.line"), Severity.ATTENTION,
                        request.path("/training/retention-support/" + s.id())),
                request.personalData(), request.path("/training/retention-support"), "training.retention.home.open"));
    }
}
