package jp.tsunagu.workspace.internal.home;

import java.util.Comparator;
import java.util.List;
import jp.tsunagu.web.HomeTile;
import jp.tsunagu.web.HomeTile.Figure;
import jp.tsunagu.web.HomeTile.Line;
import jp.tsunagu.web.HomeTile.Severity;
import jp.tsunagu.web.HomeTile.Text;
import jp.tsunagu.web.HomeTiles;
import jp.tsunagu.workspace.internal.BoardService;
import jp.tsunagu.workspace.internal.DailyBoard;
import jp.tsunagu.workspace.internal.DailyBoard.State;
import org.springframework.stereotype.Component;

/**
 * For staff who read attendance: 本日の出欠 予定 N / 出席 N / 未到着 N / 欠席 N, and who has not arrived yet (by kana),
 * linking to the day's board. The figures are the board's: everyone a group serves today.
 */
@Component
class WorkspaceHomeTiles implements HomeTiles {
    private final BoardService boards;

    WorkspaceHomeTiles(BoardService boards) {
        this.boards = boards;
    }

    @Override
    public String module() {
        return "workspace";
    }

    @Override
    public List<HomeTile> tiles(Request request) {
        if (!request.can("workspace:attendance.read")) {
            return List.of();
        }
        DailyBoard board = boards.board(request.office().id(), request.today());
        List<Seat> everyone = board.groups().stream()
                .flatMap(g -> g.entries().stream().map(e -> new Seat(e, g.group().name()))).toList();
        List<Seat> notArrived = everyone.stream().filter(s -> s.entry().state() == State.EXPECTED)
                .sorted(Comparator.comparing((Seat s) -> s.entry().person().kana())).toList();
        long present = everyone.stream().filter(s -> s.entry().state() == State.IN || s.entry().state() == State.OUT).count();
        long absent = everyone.stream().filter(s -> s.entry().state() == State.ABSENT).count();
        List<Figure> figures = List.of(Figure.of("workspace.home.expected", everyone.size(), Severity.NORMAL),
                Figure.of("workspace.home.present", present, Severity.NORMAL),
                Figure.of("workspace.home.notArrived", notArrived.size(), Severity.ATTENTION),
                Figure.of("workspace.home.absent", absent, Severity.NORMAL));
        return List.of(HomeTile.of("workspace.home.today", Severity.NORMAL, figures, notArrived,
                s -> new Line(s.entry().person().name(), null, new Text("workspace.home.group", s.group()), Severity.ATTENTION, null),
                request.personalData(), request.path("/workspace/board"), "workspace.home.board"));
    }

    /** A person on today's board with the name of their group. */
    private record Seat(DailyBoard.Entry entry, String group) {
    }
}
