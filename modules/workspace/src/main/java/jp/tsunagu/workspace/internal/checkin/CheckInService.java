package jp.tsunagu.workspace.internal.checkin;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.domain.CheckInRules;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 出席: the tablet's and the API's check-in. Written in batches ({@link CheckInQueue}, {@link CheckInBatch}): this thread
 * waits for its batch's transaction and gets this check-in's record, or the rule it breaks ({@link CheckInRules}).
 * Inside a transaction of the caller it is written in that transaction through the entities
 * ({@link AttendanceService#checkIn}), so that the caller's persistence context sees it.
 */
@Service
public class CheckInService {
    private final AttendanceService attendance;
    private final CheckInQueue queue;
    private final AuditTrail audit;
    private final Clock clock;

    CheckInService(AttendanceService attendance, CheckInQueue queue, AuditTrail audit, Clock clock) {
        this.attendance = attendance;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
    }

    public ServiceRecord checkIn(OfficeId office, PersonId personId, LocalDate date, LocalTime time, UUID groupId, UUID areaId,
                                 UUID contentId, String by) {
        CheckInRules.Request request = new CheckInRules.Request(office, personId.value(), date, time, groupId, areaId, contentId, by);
        // refused before it waits in a queue, when nothing stored is needed to see it
        CheckInRules.refusedAtOnce(request, LocalDate.now(clock)).ifPresent(p -> {
            throw p;
        });
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return attendance.checkIn(request);
        }
        return queue.write(new CheckInBatch.CheckIn(request, audit.actor()));
    }
}
