package jp.tsunagu.wages.internal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductionEntryRepository extends JpaRepository<ProductionEntry, UUID> {

    /** The month's entries ({@code month}: its first day), by date and voucher. */
    @Query("select e from ProductionEntry e where e.officeId = :office and e.entryMonth = :month order by e.entryDate, e.voucherNumber, e.createdAt")
    List<ProductionEntry> ofMonth(UUID office, LocalDate month);

    /** Whether the month's run of 工賃 is closed, which closes the month's ledger (the database refuses changes too). */
    @Query(value = "select exists (select 1 from wages_run r where r.office_id = :office and r.run_month = :month)", nativeQuery = true)
    boolean monthClosed(UUID office, LocalDate month);

    /** The entries from {@code from} to {@code to} (first days of months) summed by month, activity and category. */
    @Query("""
            select e.entryMonth as month, e.activityId as activityId, e.category as category, sum(e.amount) as amount
            from ProductionEntry e where e.officeId = :office and e.entryMonth between :from and :to
            group by e.entryMonth, e.activityId, e.category order by e.entryMonth""")
    List<Sum> sums(UUID office, LocalDate from, LocalDate to);

    /** An amount of {@link #sums}. */
    interface Sum {
        LocalDate getMonth();

        UUID getActivityId();

        EntryCategory getCategory();

        long getAmount();
    }
}
