package jp.tsunagu.planning.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.internal.domain.UsageContract;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UsageContractRepository extends JpaRepository<UsageContract, UUID> {

    List<UsageContract> findByOfficeIdAndPersonIdOrderByStartDateAscCreatedAtAsc(UUID officeId, UUID personId);

    List<UsageContract> findByOfficeIdAndPersonIdAndServiceType(UUID officeId, UUID personId, ServiceType serviceType);

    /** The person's contracts for a service at every office of the tenant (row-level security keeps it to the tenant). */
    List<UsageContract> findByPersonIdAndServiceType(UUID personId, ServiceType serviceType);

    Optional<UsageContract> findByIdAndOfficeIdAndPersonId(UUID id, UUID officeId, UUID personId);

    /** The office's contracts that start or end within {@code from}..{@code to}. */
    @Query("select c from UsageContract c where c.officeId = :office"
           + " and ((c.startDate between :from and :to) or (c.endDate between :from and :to))"
           + " order by c.startDate, c.id")
    List<UsageContract> startedOrEndedBetween(UUID office, LocalDate from, LocalDate to);
}
