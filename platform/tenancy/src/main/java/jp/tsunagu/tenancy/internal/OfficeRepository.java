package jp.tsunagu.tenancy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, UUID> {

    List<Office> findAllByOrderByOfficeNumber();

    Optional<Office> findByOfficeNumber(String officeNumber);
}
