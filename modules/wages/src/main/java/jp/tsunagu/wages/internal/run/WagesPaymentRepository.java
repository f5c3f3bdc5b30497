package jp.tsunagu.wages.internal.run;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WagesPaymentRepository extends JpaRepository<WagesPayment, UUID> {

    @Query("select p from WagesPayment p where p.runId = :run")
    List<WagesPayment> ofRun(UUID run);

    @Query("select p from WagesPayment p where p.officeId = :office and p.personId = :person and p.runMonth = :month")
    List<WagesPayment> ofPerson(UUID office, UUID person, LocalDate month);

    /** Each person paid by the office's runs from {@code from} to {@code to} (first days of months), with the last month paid. */
    @Query("select p.personId, max(p.runMonth) from WagesPayment p where p.officeId = :office and p.runMonth between :from and :to "
            + "group by p.personId")
    List<Object[]> payeesBetween(UUID office, LocalDate from, LocalDate to);

    /** The person's payments of closed runs from {@code from} to {@code to} (first days of months), by month. */
    @Query("select p from WagesPayment p where p.officeId = :office and p.personId = :person and p.runMonth between :from and :to order by p.runMonth")
    List<WagesPayment> ofPersonBetween(UUID office, UUID person, LocalDate from, LocalDate to);
}
