package jp.tsunagu.rules;

import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.kernel.JapaneseDates;

/**
 * Where a rule table stands against its revision schedule: its newest version's start and the date the next
 * version is due. Once that date has come with no version loaded, the table is due and the product says so
 * (message {@code rules.due}, {@link #messageArguments}).
 *
 * @param title  the table's title as its file gives it ({@code 日本語 / English})
 * @param latest the newest version's start (scheduled versions included)
 * @param due    when the next version is due, or null when none is scheduled
 */
public record TableRevision(String table, String title, RevisionSchedule schedule, LocalDate latest, LocalDate due) {

    /** Whether a version was due on or before {@code date} and none has been loaded. */
    public boolean dueOn(LocalDate date) {
        return due != null && !date.isBefore(due);
    }

    /** The title in the locale's language (the part before or after " / "). */
    public String title(Locale locale) {
        int slash = title.indexOf(" / ");
        if (slash < 0) {
            return title;
        }
        return "en".equals(locale.getLanguage()) ? title.substring(slash + 3) : title.substring(0, slash);
    }

    /** What is expected, e.g. 令和9年度 / FY2027 (fiscal year), 令和10年分 / 2028 (calendar year), or the date. */
    public String expected(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return switch (schedule.every()) {
            case FISCAL_YEAR -> {
                int fy = due.getMonthValue() >= 4 ? due.getYear() : due.getYear() - 1;
                yield en ? "FY" + fy : eraYear(fy) + "度";
            }
            case CALENDAR_YEAR -> en ? String.valueOf(due.getYear()) : eraYear(due.getYear()) + "分";
            case REVISION, WHEN_AMENDED -> en ? due.toString() : JapaneseDates.era(due);
        };
    }

    /** The arguments of message {@code rules.due}: title, what is expected, the due date and the newest version's start. */
    public Object[] messageArguments(Locale locale) {
        return new Object[] {title(locale), expected(locale), JapaneseDates.withIso(due), JapaneseDates.withIso(latest)};
    }

    /** The era year of April 1 of {@code year}: 令和9年 (元年 for an era's first year). */
    private static String eraYear(int year) {
        String era = JapaneseDates.era(LocalDate.of(year, 4, 1));
        return era.substring(0, era.indexOf('年') + 1);
    }
}
