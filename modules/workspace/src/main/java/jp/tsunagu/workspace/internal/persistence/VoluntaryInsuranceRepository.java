package jp.tsunagu.workspace.internal.persistence;

import java.util.List;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.VoluntaryInsurance;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VoluntaryInsuranceRepository extends JpaRepository<VoluntaryInsurance, UUID> {

    @Query("select i from VoluntaryInsurance i where i.personId = :person order by i.validFrom")
    List<VoluntaryInsurance> ofPerson(UUID person);

    @Query("select i from VoluntaryInsurance i where i.personId in :persons and i.validFrom <= :date and i.validTo >= :date")
    List<VoluntaryInsurance> covering(java.util.Collection<UUID> persons, java.time.LocalDate date);
}
