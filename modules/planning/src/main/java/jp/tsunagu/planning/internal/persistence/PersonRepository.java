package jp.tsunagu.planning.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.Person;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

    /**
     * The persons an office serves, by kana; {@code q} (already without spaces) matches the name, the kana or
     * the start of a recipient certificate number. Row-level security keeps it to the current tenant.
     */
    @Query(value = """
            select p.* from person p
            join person_office po on po.tenant_id = p.tenant_id and po.person_id = p.id
            where po.office_id = :office
              and (:q = ''
                   or replace(p.family_name || p.given_name, ' ', '') like '%' || :q || '%'
                   or replace(p.family_name_kana || p.given_name_kana, ' ', '') like '%' || :q || '%'
                   or exists (select 1 from recipient_certificate c
                              where c.tenant_id = p.tenant_id and c.person_id = p.id and c.certificate_number like :q || '%'))
            order by p.family_name_kana, p.given_name_kana, p.id
            limit :limit""", nativeQuery = true)
    List<Person> search(UUID office, String q, int limit);

    /** The person, if the office serves them. */
    @Query("select p from Person p where p.id = :person and exists"
           + " (select 1 from PersonOffice po where po.personId = p.id and po.officeId = :office)")
    Optional<Person> findServed(UUID office, UUID person);
}
