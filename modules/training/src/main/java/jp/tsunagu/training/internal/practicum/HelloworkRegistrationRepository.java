package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelloworkRegistrationRepository extends JpaRepository<HelloworkRegistration, UUID> {

    @Query("select r from HelloworkRegistration r where r.officeId = :office and r.personId = :person order by r.registeredOn")
    List<HelloworkRegistration> of(UUID office, UUID person);
}
