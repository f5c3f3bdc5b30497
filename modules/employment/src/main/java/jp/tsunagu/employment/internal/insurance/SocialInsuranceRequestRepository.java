package jp.tsunagu.employment.internal.insurance;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SocialInsuranceRequestRepository extends JpaRepository<SocialInsuranceRequest, UUID> {

    @Query("select r from SocialInsuranceRequest r where r.officeId = :office order by r.requestedOn")
    List<SocialInsuranceRequest> ofOffice(UUID office);
}
