package jp.tsunagu.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A tile of the first screen: a title, a few figures (期限切れ 2件), at most {@link #MAX_LINES} lines naming what they
 * count (a person and a date), and the link to the page where the work is done. Texts are message keys, so the tile
 * reads in the user's language; a line carries its date as a value, which the template writes 和暦 beside ISO.
 *
 * @param title     message key of the title; also the tile's id in the page ({@code data-tile})
 * @param severity  how urgent the tile is as a whole
 * @param figures   the counts, each with a message key taking the count as {@code {0}}
 * @param lines     the first lines of what the figures count; empty when the login may not see names
 * @param more      how many lines were left out
 * @param link      the path of the page where the work is done
 * @param linkLabel message key of the link's text
 */
public record HomeTile(String title, Severity severity, List<Figure> figures, List<Line> lines, int more, String link,
                       String linkLabel) {
    /** Lines a tile shows at most; the rest are on the page it links to. */
    public static final int MAX_LINES = 5;

    public HomeTile {
        figures = List.copyOf(figures);
        lines = List.copyOf(lines);
    }

    /** A tile whose lines are the first {@link #MAX_LINES} of {@code items}, or none when {@code names} is false. */
    public static <T> HomeTile of(String title, Severity severity, List<Figure> figures, List<T> items,
                                  Function<T, Line> line, boolean names, String link, String linkLabel) {
        if (!names) {
            return new HomeTile(title, severity, figures, List.of(), 0, link, linkLabel);
        }
        List<Line> shown = items.stream().limit(MAX_LINES).map(line).toList();
        return new HomeTile(title, severity, figures, shown, items.size() - shown.size(), link, linkLabel);
    }

    /** The most urgent of the figures' severities. */
    public static Severity worst(List<Figure> figures) {
        return figures.stream().map(Figure::severity).max(Enum::compareTo).orElse(Severity.NORMAL);
    }

    public enum Severity {
        /** Nothing to act on. */
        NORMAL,
        /** Coming up: to plan for. */
        ATTENTION,
        /** Late or missing: to act on today. */
        ALERT
    }

    /** A count: {@code label} is a message key taking {@code value} as {@code {0}}, e.g. {@code 期限切れ {0}件}. */
    public record Figure(String label, long value, Severity severity) {
        /** {@code severity} when the count is above zero, else normal. */
        public static Figure of(String label, long value, Severity whenAny) {
            return new Figure(label, value, value > 0 ? whenAny : Severity.NORMAL);
        }
    }

    /** A line: a name, a date (or null; the template writes it 和暦 beside ISO), a note (or null) and a link (or null). */
    public record Line(String text, LocalDate date, Text note, Severity severity, String link) {
    }

    /** A message key and its arguments. */
    public record Text(String key, Object... args) {
    }
}
