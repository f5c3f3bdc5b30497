package jp.tsunagu.wages.internal.payout;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CashReceiptRepository extends JpaRepository<CashReceipt, UUID> {

    @Query("select r from CashReceipt r where r.officeId = :office and r.runMonth = :month")
    List<CashReceipt> ofMonth(UUID office, LocalDate month);
}
