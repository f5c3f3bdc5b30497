package jp.tsunagu.workspace.events;

import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;

/** A person's day of service was recorded to its end (check-out): the minutes of service after rounding. */
public record AttendanceRecorded(UUID tenantId, UUID officeId, UUID personId, LocalDate date, ServiceType serviceType,
                                 UUID groupId, int minutes) {
}
