package jp.tsunagu.planning.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.RecipientCertificate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecipientCertificateRepository extends JpaRepository<RecipientCertificate, UUID> {

    /** A person's certificates, newest validity first. */
    List<RecipientCertificate> findByPersonIdOrderByValidFromDescCreatedAtDesc(UUID personId);

    Optional<RecipientCertificate> findByIdAndPersonId(UUID id, UUID personId);

    boolean existsByPersonIdAndCertificateNumberAndValidFromAndValidTo(UUID personId, String certificateNumber,
                                                                       LocalDate validFrom, LocalDate validTo);
}
