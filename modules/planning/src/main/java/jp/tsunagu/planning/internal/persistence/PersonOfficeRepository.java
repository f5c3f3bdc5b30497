package jp.tsunagu.planning.internal.persistence;

import java.util.UUID;
import jp.tsunagu.planning.internal.domain.PersonOffice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonOfficeRepository extends JpaRepository<PersonOffice, UUID> {
}
