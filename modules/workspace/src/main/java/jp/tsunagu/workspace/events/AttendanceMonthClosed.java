package jp.tsunagu.workspace.events;

import java.time.YearMonth;
import java.util.UUID;

/** An office closed a month of its service records: from now on they change only by explicit correction. */
public record AttendanceMonthClosed(UUID tenantId, UUID officeId, YearMonth month) {
}
