package jp.tsunagu.planning.internal.persistence;

import java.time.LocalDate;
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

    /**
     * Rows of (person, name, kana, certificate number, service type) for every usage contract of the office that
     * runs on {@code date}, by kana; {@code person} null for all persons.
     */
    @Query(value = """
            select p.id, p.family_name || ' ' || p.given_name, p.family_name_kana || ' ' || p.given_name_kana,
                   c.certificate_number, u.service_type
            from usage_contract u
            join person p on p.tenant_id = u.tenant_id and p.id = u.person_id
            join recipient_certificate c on c.tenant_id = u.tenant_id and c.id = u.certificate_id
            where u.office_id = :office and u.start_date <= :date and (u.end_date is null or u.end_date >= :date)
              and (cast(:person as uuid) is null or u.person_id = :person)
            order by p.family_name_kana, p.given_name_kana, p.id""", nativeQuery = true)
    List<Object[]> servedOn(UUID office, LocalDate date, UUID person);

    /** The person, if the office serves them. */
    @Query("select p from Person p where p.id = :person and exists"
           + " (select 1 from PersonOffice po where po.personId = p.id and po.officeId = :office)")
    Optional<Person> findServed(UUID office, UUID person);
}
