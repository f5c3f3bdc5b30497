package jp.tsunagu.wages.internal.payout;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentMethodRepository extends JpaRepository<PaymentMethod, UUID> {

    /** The person's versions, newest first. */
    @Query("select m from PaymentMethod m where m.officeId = :office and m.personId = :person order by m.effectiveMonth desc")
    List<PaymentMethod> ofPerson(UUID office, UUID person);

    @Query("select m from PaymentMethod m where m.officeId = :office and m.personId = :person and m.effectiveMonth = :month")
    Optional<PaymentMethod> startingIn(UUID office, UUID person, LocalDate month);

    /** Every version of the office's users that starts on or before {@code month}, each user's newest first. */
    @Query("select m from PaymentMethod m where m.officeId = :office and m.effectiveMonth <= :month order by m.personId, m.effectiveMonth desc")
    List<PaymentMethod> upTo(UUID office, LocalDate month);
}
