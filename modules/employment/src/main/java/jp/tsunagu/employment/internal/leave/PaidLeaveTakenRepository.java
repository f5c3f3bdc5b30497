package jp.tsunagu.employment.internal.leave;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaidLeaveTakenRepository extends JpaRepository<PaidLeaveTaken, UUID> {

    @Query("select t from PaidLeaveTaken t where t.officeId = :office and t.personId = :person order by t.takenOn")
    List<PaidLeaveTaken> of(UUID office, UUID person);
}
