package jp.tsunagu.wages.internal.run;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WagesAdjustmentRepository extends JpaRepository<WagesAdjustment, UUID> {

    /** The adjustments paid with the office's run of {@code month}, oldest first. */
    @Query("select a from WagesAdjustment a where a.officeId = :office and a.payMonth = :month order by a.createdAt, a.id")
    List<WagesAdjustment> ofMonth(UUID office, LocalDate month);

    /** The person's adjustments paid in months from {@code from} to {@code to}, by month paid. */
    @Query("select a from WagesAdjustment a where a.officeId = :office and a.personId = :person and a.payMonth between :from and :to "
            + "order by a.payMonth, a.createdAt")
    List<WagesAdjustment> ofPersonBetween(UUID office, UUID person, LocalDate from, LocalDate to);
}
