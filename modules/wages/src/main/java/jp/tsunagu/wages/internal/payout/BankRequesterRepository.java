package jp.tsunagu.wages.internal.payout;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BankRequesterRepository extends JpaRepository<BankRequester, UUID> {

    @Query("select r from BankRequester r where r.officeId = :office")
    Optional<BankRequester> ofOffice(UUID office);
}
