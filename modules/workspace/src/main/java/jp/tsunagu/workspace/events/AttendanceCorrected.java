package jp.tsunagu.workspace.events;

import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;

/**
 * Staff corrected a day's record with a reason; {@code minutes} before and after (null while open);
 * {@code afterClose} when the month had been closed.
 */
public record AttendanceCorrected(UUID tenantId, UUID officeId, UUID personId, LocalDate date, ServiceType serviceType,
                                  UUID groupId, Integer minutesBefore, Integer minutesAfter, String reason,
                                  boolean afterClose) {
}
