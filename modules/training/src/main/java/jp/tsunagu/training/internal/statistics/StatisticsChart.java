package jp.tsunagu.training.internal.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The year's placements as a bar chart drawn on the server as inline SVG (no script, no library): for each month a
 * bar for the placements made and one beside it for the placements whose 6-month day came that month with the person
 * still employed, on a scale from 0 to the highest count (at least 1); the table beside it gives the same figures.
 * Coordinates in SVG user units; the template only places them.
 *
 * @param baseline the y of 0
 */
record StatisticsChart(int width, int height, int baseline, int barWidth, int top, List<Group> months) {
    private static final int HEIGHT = 220;
    private static final int TOP = 24;
    private static final int LABELS = 40;
    private static final int LEFT = 16;
    private static final int BAR = 18;
    private static final int GAP = 18;

    /** A month: its two bars, the x of their middle for the labels, and the figures over them. */
    record Group(TrainingStatistics.Month month, int centre, Bar placements, Bar retained) {
    }

    /** A bar: where it stands, and where its count goes (just above it). */
    record Bar(int value, int x, int y, int height, int labelY) {
    }

    static StatisticsChart of(List<TrainingStatistics.Month> months) {
        int top = 1;
        for (TrainingStatistics.Month m : months) {
            top = Math.max(top, Math.max(m.placements(), m.retained()));
        }
        int baseline = HEIGHT - LABELS;
        int plot = baseline - TOP;
        List<Group> groups = new ArrayList<>();
        int x = LEFT;
        for (TrainingStatistics.Month m : months) {
            groups.add(new Group(m, x + BAR, bar(m.placements(), x, top, plot, baseline), bar(m.retained(), x + BAR, top, plot, baseline)));
            x += 2 * BAR + GAP;
        }
        return new StatisticsChart(x - GAP + LEFT, HEIGHT, baseline, BAR, top, groups);
    }

    private static Bar bar(int value, int x, int top, int plot, int baseline) {
        int h = (value * plot + top / 2) / top;
        return new Bar(value, x, baseline - h, h, baseline - h - 4);
    }
}
