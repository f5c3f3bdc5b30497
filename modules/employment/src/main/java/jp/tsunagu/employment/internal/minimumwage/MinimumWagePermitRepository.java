package jp.tsunagu.employment.internal.minimumwage;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinimumWagePermitRepository extends JpaRepository<MinimumWagePermit, UUID> {

    @Query("select p from MinimumWagePermit p where p.officeId = :office order by p.validFrom, p.id")
    List<MinimumWagePermit> ofOffice(UUID office);

    @Query("select p from MinimumWagePermit p where p.officeId = :office and p.personId = :person order by p.validFrom, p.id")
    List<MinimumWagePermit> ofPerson(UUID office, UUID person);
}
