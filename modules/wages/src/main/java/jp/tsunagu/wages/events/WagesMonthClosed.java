package jp.tsunagu.wages.events;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.OutboundEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.Yen;

/**
 * An office closed its monthly run of 工賃: {@code totalPaid} (never more than the month's production pool plus the
 * reserve used) is final; the ledger of the month is closed with it. Announced once per office and month.
 */
public record WagesMonthClosed(TenantId tenantId, OfficeId officeId, YearMonth month, Yen totalPaid) implements OutboundEvent {
}
