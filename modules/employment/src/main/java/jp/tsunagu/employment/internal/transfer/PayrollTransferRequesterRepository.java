package jp.tsunagu.employment.internal.transfer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayrollTransferRequesterRepository extends JpaRepository<PayrollTransferRequester, UUID> {

    @Query("select r from PayrollTransferRequester r where r.officeId = :office")
    Optional<PayrollTransferRequester> ofOffice(UUID office);
}
