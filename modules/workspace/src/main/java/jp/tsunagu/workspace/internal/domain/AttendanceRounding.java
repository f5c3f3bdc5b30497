package jp.tsunagu.workspace.internal.domain;

import java.time.LocalTime;

/**
 * The office's rounding of attendance times (rule data per office, local parameters
 * {@code attendance-start-rounding} and {@code attendance-end-rounding}): a start rounded up to the next
 * step, an end down to the previous step, or left as entered (NONE). WS-6.
 */
public record AttendanceRounding(String start, String end) {

    public LocalTime roundStart(LocalTime t) {
        int step = step(start, "UP_");
        if (step == 0) {
            return t;
        }
        int minutes = t.getHour() * 60 + t.getMinute() + (t.getSecond() > 0 ? 1 : 0);
        int up = ((minutes + step - 1) / step) * step;
        return up >= 24 * 60 ? LocalTime.MAX.withSecond(0).withNano(0) : LocalTime.of(up / 60, up % 60);
    }

    public LocalTime roundEnd(LocalTime t) {
        int step = step(end, "DOWN_");
        if (step == 0) {
            return t.withSecond(0).withNano(0);
        }
        int minutes = t.getHour() * 60 + t.getMinute();
        int down = (minutes / step) * step;
        return LocalTime.of(down / 60, down % 60);
    }

    /** Minutes of service between the rounded times, less the break; never below zero. */
    public int minutes(LocalTime checkIn, LocalTime checkOut, int breakMinutes) {
        int stay = (int) java.time.Duration.between(roundStart(checkIn), roundEnd(checkOut)).toMinutes();
        return Math.max(0, stay - breakMinutes);
    }

    private static int step(String mode, String prefix) {
        if (mode == null || mode.equals("NONE")) {
            return 0;
        }
        if (!mode.startsWith(prefix)) {
            throw new IllegalArgumentException("rounding " + mode + " is not a " + prefix + "… mode");
        }
        return Integer.parseInt(mode.substring(prefix.length()));
    }

    @Override
    public String toString() {
        return "start " + start + ", end " + end;
    }
}
