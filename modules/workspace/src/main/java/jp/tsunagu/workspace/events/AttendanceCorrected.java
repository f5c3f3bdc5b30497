package jp.tsunagu.workspace.events;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.workspace.api.GroupId;

/**
 * Staff corrected a day's record with a reason; {@code minutes} before and after (null while open);
 * {@code afterClose} when the month had been closed.
 */
public record AttendanceCorrected(TenantId tenantId, OfficeId officeId, PersonId personId, LocalDate date, ServiceType serviceType,
                                  GroupId groupId, Integer minutesBefore, Integer minutesAfter, String reason,
                                  boolean afterClose) implements TenantEvent {
}
