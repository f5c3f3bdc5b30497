package jp.tsunagu.workspace.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.workspace.api.StaffingQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link StaffingQueries} from the staffing report ({@link StaffingService#staffing}), in a transaction of its own: the report
 * refuses a month without rule tables, which would otherwise leave the caller's transaction only fit to roll back.
 */
@Service
class StaffingQueriesService implements StaffingQueries {
    private final StaffingService staffing;
    private final JdbcTemplate jdbc;

    private final TransactionTemplate tx;

    StaffingQueriesService(StaffingService staffing, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.staffing = staffing;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.setReadOnly(true);
    }

    @Override
    public Optional<MonthStaffing> staffing(OfficeId officeId, YearMonth month) {
        return tx.execute(status -> {
            status.setRollbackOnly(); // read only; and a refusal inside leaves this transaction, not the caller's, to roll back
            return read(officeId, month);
        });
    }

    private Optional<MonthStaffing> read(OfficeId officeId, YearMonth month) {
        StaffingService.Report report;
        try {
            report = staffing.staffing(officeId, month);
        } catch (Problem.Invalid | Problem.NotFound missingRulesOrOffice) {
            return Optional.empty();
        }
        List<Requirement> requirements = new ArrayList<>();
        for (StaffingService.ServiceStaffing s : report.services()) {
            for (StaffingService.Requirement r : s.requirements()) {
                requirements.add(new Requirement(s.serviceType(), s.level(), r.staff(), r.requiredFte(), r.fte(), r.staffCount(), r.shortage()));
            }
        }
        Integer staff = jdbc.queryForObject("""
                select count(distinct staff_id) from staff_assignment
                 where office_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)""", Integer.class,
                officeId.value(), month.atEndOfMonth(), month.atDay(1));
        return Optional.of(new MonthStaffing(month, report.fullTimeHoursPerWeek(), staff == null ? 0 : staff, requirements, report.shortage()));
    }
}
