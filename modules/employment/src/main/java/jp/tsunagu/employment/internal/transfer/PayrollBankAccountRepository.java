package jp.tsunagu.employment.internal.transfer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayrollBankAccountRepository extends JpaRepository<PayrollBankAccount, UUID> {

    @Query("select a from PayrollBankAccount a where a.officeId = :office and a.personId = :person")
    Optional<PayrollBankAccount> of(UUID office, UUID person);

    @Query("select a from PayrollBankAccount a where a.officeId = :office")
    List<PayrollBankAccount> ofOffice(UUID office);
}
