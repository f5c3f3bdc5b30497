package jp.tsunagu.employment.internal.contracts;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmploymentContractRepository extends JpaRepository<EmploymentContract, UUID> {

    @Query("select c from EmploymentContract c where c.officeId = :office order by c.startDate, c.id")
    List<EmploymentContract> ofOffice(UUID office);

    @Query("select c from EmploymentContract c where c.officeId = :office and c.personId = :person order by c.startDate")
    List<EmploymentContract> ofPerson(UUID office, UUID person);
}
