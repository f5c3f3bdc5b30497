package jp.tsunagu.wages.events;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.api.ActivityId;

/**
 * A revenue ({@code revenue} true) or expense of a production activity was entered for a month: the month's pool
 * changed by {@code amount} (plus for revenue, minus for an expense). The amount is signed: an ordinary entry is above
 * 0, but a correction (訂正) of a closed month, entered in the open {@code month}, may be negative (it reduces that
 * month's revenue or expense). {@code month} is always the month the entry counts in, never the closed month corrected.
 * A listener must not assume a positive amount.
 */
public record ProductionEntryRecorded(TenantId tenantId, OfficeId officeId, ActivityId activityId, YearMonth month, boolean revenue,
                                      Yen amount) implements TenantEvent {
}
