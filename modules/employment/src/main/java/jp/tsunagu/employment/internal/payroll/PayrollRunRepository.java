package jp.tsunagu.employment.internal.payroll;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayrollRunRepository extends JpaRepository<PayrollRun, UUID> {

    @Query("select r from PayrollRun r where r.officeId = :office and r.runMonth = :month")
    Optional<PayrollRun> ofMonth(UUID office, LocalDate month);

    /** The office's closed payrolls from {@code from} to {@code to} (first days of months). */
    @Query("select r from PayrollRun r where r.officeId = :office and r.runMonth between :from and :to order by r.runMonth")
    List<PayrollRun> between(UUID office, LocalDate from, LocalDate to);

    /** The offices of the tenant whose payroll of {@code month} (its first day) is closed. */
    @Query("select r.officeId from PayrollRun r where r.runMonth = :month")
    List<UUID> officesClosed(LocalDate month);

    @Query("select p from PayrollPayslip p where p.runId = :run")
    List<PayrollPayslip> payslips(UUID run);
}
