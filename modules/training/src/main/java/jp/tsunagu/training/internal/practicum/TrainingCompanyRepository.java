package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's companies (the tenant's filter and row-level security keep other tenants' out). */
interface TrainingCompanyRepository extends JpaRepository<TrainingCompany, UUID> {

    @Query("select c from TrainingCompany c order by c.name")
    List<TrainingCompany> directory();

    @Query("select c from TrainingCompany c where c.name = :name")
    Optional<TrainingCompany> named(String name);
}
