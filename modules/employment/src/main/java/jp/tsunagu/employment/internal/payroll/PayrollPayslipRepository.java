package jp.tsunagu.employment.internal.payroll;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PayrollPayslipRepository extends JpaRepository<PayrollPayslip, UUID> {
}
