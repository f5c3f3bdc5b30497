package jp.tsunagu.workspace.events;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.OutboundEvent;
import jp.tsunagu.kernel.TenantId;

/** An office closed a month of its service records: from now on they change only by explicit correction. */
public record AttendanceMonthClosed(TenantId tenantId, OfficeId officeId, YearMonth month) implements OutboundEvent {
}
