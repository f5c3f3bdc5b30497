package jp.tsunagu.training.internal.retention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.national.RetentionSupportUnits;
import jp.tsunagu.training.api.RetentionServiceRate;

/**
 * The retention rate for a fiscal year FY (pure): the users are the persons whose support ran on some day of FY-3 to
 * FY-1 (from the start of FY-3 to 31 March of FY-1); a person is employed when one of their supports started by then
 * and they had not left the job on or before that 31 March (a departure on 31 March itself does not count as
 * employed; a support that simply ran its course counts as employed, since no departure was recorded). The band and
 * the units a month come from {@code retention-support-units} in force at the start of FY.
 */
final class RetentionRate {
    private RetentionRate() {
    }

    /** A support as the rate reads it. */
    record Span(UUID person, LocalDate from, LocalDate lastDay, boolean employedAfterWindow) {
    }

    static Span span(RetentionSupport s, FiscalYear year) {
        return new Span(s.personId().value(), s.supportFrom(), s.lastDay(), s.employedAfter(windowTo(year)));
    }

    static LocalDate windowFrom(FiscalYear year) {
        return new FiscalYear(year.startYear() - 3).start();
    }

    static LocalDate windowTo(FiscalYear year) {
        return year.previous().end();
    }

    static RetentionServiceRate of(FiscalYear year, Collection<Span> supports, RetentionSupportUnits units) {
        LocalDate from = windowFrom(year);
        LocalDate to = windowTo(year);
        Map<UUID, Boolean> persons = supports.stream().filter(s -> !s.from().isAfter(to) && !s.lastDay().isBefore(from))
                .collect(Collectors.toMap(Span::person, Span::employedAfterWindow, Boolean::logicalOr));
        int users = persons.size();
        int employed = (int) persons.values().stream().filter(Boolean::booleanValue).count();
        String window = "users supported " + from + " to " + to + ": " + users + "; employed after " + to + ": " + employed;
        if (users == 0) {
            return new RetentionServiceRate(year, from, to, 0, 0, null, null, null, window + "; no rate without users");
        }
        BigDecimal percent = BigDecimal.valueOf(employed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(users), 1, RoundingMode.HALF_UP);
        RuleRow row = units.row(employed, users);
        int monthly = units.monthlyUnits(employed, users);
        String band = row.text("retentionBand");
        return new RetentionServiceRate(year, from, to, users, employed, percent, band, monthly,
                window + " → " + percent + " % → band " + band + " → " + monthly + " units a month (" + RetentionSupportUnits.TABLE
                        + " from " + row.version().effectiveFrom() + ": " + row.source() + ")");
    }
}
