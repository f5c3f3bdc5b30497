package jp.tsunagu.employment.internal.payroll;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayrollPayslipRepository extends JpaRepository<PayrollPayslip, UUID> {

    /** A user's payslips at the office in the closed runs of the months {@code from} to {@code to} (first days), by month. */
    @Query("select p from PayrollPayslip p where p.officeId = :office and p.personId = :person and p.runMonth between :from and :to "
            + "order by p.runMonth")
    List<PayrollPayslip> ofPerson(UUID office, UUID person, LocalDate from, LocalDate to);
}
