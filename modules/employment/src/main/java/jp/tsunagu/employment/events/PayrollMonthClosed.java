package jp.tsunagu.employment.events;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.OutboundEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.Yen;

/** An office closed its monthly payroll of employed A型 users: {@code totalWages} (the gross pay) is final. Once per office and month. */
public record PayrollMonthClosed(TenantId tenantId, OfficeId officeId, YearMonth month, Yen totalWages) implements OutboundEvent {
}
