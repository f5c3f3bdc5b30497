package jp.tsunagu.wages.internal.average;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.Yen;

/**
 * The office's history as a bar chart drawn on the server as inline SVG (no script, no library): one bar per fiscal
 * year for its average monthly 工賃, a mark for its target, and the minimum as a dashed line, on a scale from 0 to a
 * little above the highest of them. Coordinates in SVG user units; the template only places them.
 *
 * @param baseline the y of 0 yen
 */
record AverageChart(int width, int height, int baseline, int barWidth, List<Bar> bars, Line minimum) {
    private static final int HEIGHT = 240;
    private static final int TOP = 28;
    private static final int LABELS = 44;
    private static final int LEFT = 16;
    private static final int BAR = 72;
    private static final int GAP = 40;
    private static final int RIGHT = 96;
    private static final int INSIDE = 26;

    /**
     * A year's bar: {@code average} null where the year gives none (then no bar); {@code targetY} null without a target.
     *
     * @param centre      the x of the bar's middle, where its labels go
     * @param labelY      where the average's figure goes: inside the bar's top when it is tall enough, else above it
     * @param labelInside whether it is inside (light text on the bar)
     */
    record Bar(FiscalYear year, Yen average, Yen target, int x, int y, int height, int centre, Integer targetY, int labelY,
               boolean labelInside) {
    }

    /** A horizontal line at {@code yen}. */
    record Line(Yen yen, int y) {
    }

    static AverageChart of(List<AverageService.YearSummary> history, Yen minimum) {
        long top = minimum == null ? 0 : minimum.value();
        for (AverageService.YearSummary s : history) {
            top = Math.max(top, Math.max(value(s.average()), value(s.target())));
        }
        long scale = Math.max(1, top + top / 6); // a little room above the highest
        int baseline = HEIGHT - LABELS;
        int plot = baseline - TOP;
        List<Bar> bars = new ArrayList<>();
        int x = LEFT;
        for (AverageService.YearSummary s : history) {
            int h = height(value(s.average()), scale, plot);
            boolean inside = h >= INSIDE;
            bars.add(new Bar(s.year(), s.average(), s.target(), x, baseline - h, h, x + BAR / 2,
                    s.target() == null ? null : baseline - height(s.target().value(), scale, plot),
                    inside ? baseline - h + 18 : baseline - h - 6, inside));
            x += BAR + GAP;
        }
        Line line = minimum == null ? null : new Line(minimum, baseline - height(minimum.value(), scale, plot));
        return new AverageChart(Math.max(x - GAP, LEFT) + RIGHT, HEIGHT, baseline, BAR, bars, line);
    }

    private static int height(long yen, long scale, int plot) {
        return (int) ((yen * plot + scale / 2) / scale); // pixels, rounded half up in whole numbers
    }

    private static long value(Yen yen) {
        return yen == null ? 0 : yen.value();
    }
}
