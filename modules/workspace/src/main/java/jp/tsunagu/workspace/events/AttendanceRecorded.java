package jp.tsunagu.workspace.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.workspace.api.GroupId;

/** A person's day of service was recorded to its end (check-out): the minutes of service after rounding. */
public record AttendanceRecorded(TenantId tenantId, OfficeId officeId, PersonId personId, LocalDate date, ServiceType serviceType,
                                 GroupId groupId, int minutes) implements TenantEvent {
}
