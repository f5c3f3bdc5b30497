package jp.tsunagu.employment.internal.payroll;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayrollAdjustmentRepository extends JpaRepository<PayrollAdjustment, UUID> {

    @Query("select a from PayrollAdjustment a where a.officeId = :office and a.payMonth = :month order by a.createdAt, a.id")
    List<PayrollAdjustment> ofMonth(UUID office, LocalDate month);
}
