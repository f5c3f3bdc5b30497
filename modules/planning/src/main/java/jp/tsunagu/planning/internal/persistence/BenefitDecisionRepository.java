package jp.tsunagu.planning.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.internal.domain.BenefitDecision;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BenefitDecisionRepository extends JpaRepository<BenefitDecision, UUID> {

    List<BenefitDecision> findByCertificateIdInOrderByPeriodFromAscServiceTypeAsc(Collection<UUID> certificateIds);

    /** The decisions of every certificate the person holds for one service type. */
    @Query("select d from BenefitDecision d where d.serviceType = :type and d.certificateId in"
           + " (select c.id from RecipientCertificate c where c.personId = :person)")
    List<BenefitDecision> findForPerson(UUID person, ServiceType type);

    /** Rows of (person id, decision) for every certificate of the persons, for one service type. */
    @Query("select c.personId, d from BenefitDecision d, RecipientCertificate c where d.serviceType = :type"
           + " and c.id = d.certificateId and c.personId in :persons")
    List<Object[]> findForPersons(Collection<UUID> persons, ServiceType type);
}
