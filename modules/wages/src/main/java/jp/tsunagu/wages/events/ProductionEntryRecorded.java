package jp.tsunagu.wages.events;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.api.ActivityId;

/**
 * A revenue ({@code revenue} true) or expense of a production activity was entered for a month: the month's pool
 * changed by {@code amount} (plus for revenue, minus for an expense).
 */
public record ProductionEntryRecorded(TenantId tenantId, OfficeId officeId, ActivityId activityId, YearMonth month, boolean revenue,
                                      Yen amount) implements TenantEvent {
}
