package jp.tsunagu.planning.internal;

import jp.tsunagu.kernel.PersonId;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.events.PersonRegistered;
import jp.tsunagu.planning.internal.domain.DisabilityCertificate;
import jp.tsunagu.planning.internal.domain.Person;
import jp.tsunagu.planning.internal.domain.PersonDetails;
import jp.tsunagu.planning.internal.domain.PersonOffice;
import jp.tsunagu.planning.internal.persistence.PersonOfficeRepository;
import jp.tsunagu.planning.internal.persistence.PersonRepository;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 利用者台帳: registers persons for an office, changes them, finds them for the offices that serve them.
 * Every read and write of a person is audited in its transaction; bad input names the field and the rule.
 */
@Service
public class PersonService {
    static final int PAGE = 200;

    private final PersonRepository persons;
    private final PersonOfficeRepository links;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonService(PersonRepository persons, PersonOfficeRepository links, AuditTrail audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.persons = persons;
        this.links = links;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Person register(OfficeId office, PersonDetails details, String by) {
        check(details);
        Person person = persons.save(new Person(UUID.randomUUID(), details, by, clock.instant()));
        links.save(new PersonOffice(person.id(), office.value(), by, person.createdAt()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "person", person.id().toString()).inOffice(office).about(person.id()));
        events.publishEvent(new PersonRegistered(TenantContext.require(), office, new PersonId(person.id())));
        return person;
    }

    @Transactional
    public Person change(OfficeId office, PersonId personId, PersonDetails details, long expectedVersion) {
        check(details);
        Person person = served(office, personId);
        if (person.version() != expectedVersion) {
            throw new Problem.Conflict("planning.person.changedMeanwhile");
        }
        person.change(details, clock.instant());
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "person", personId.toString()).inOffice(office).about(personId.value()));
        return person;
    }

    @Transactional // writes its audit record
    public Person read(OfficeId office, PersonId personId) {
        Person person = served(office, personId);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "person", personId.toString()).inOffice(office).about(personId.value()));
        return person;
    }

    /** The persons the office serves, by kana, matching {@code q} (name, kana, certificate number); audited as one read. */
    @Transactional // writes its audit record
    public List<Person> search(OfficeId office, String q) {
        String query = q == null ? "" : Normalizer.normalize(q, Normalizer.Form.NFKC).replace(" ", "").replace("\u3000", "");
        List<Person> found = persons.search(office.value(), toKatakana(query), PAGE);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "person_list", office.value().toString()).inOffice(office)
                .withDetails("q=" + query + " results=" + found.size()));
        return found;
    }

    /** Every person the office serves, by id (for lists that record their own audit event). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Person> servedBy(OfficeId office) {
        java.util.Map<UUID, Person> byId = new java.util.LinkedHashMap<>();
        persons.search(office.value(), "", 100_000).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** The person if the office serves them; else 404, the same as for a person that does not exist. */
    public Person served(OfficeId office, PersonId personId) {
        return persons.findServed(office.value(), personId.value()).orElseThrow(() -> new Problem.NotFound("planning.person.notFound"));
    }

    /** A search typed in hiragana finds katakana フリガナ. */
    static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            out.append(ch >= '\u3041' && ch <= '\u3096' ? (char) (ch + 0x60) : ch);
        }
        return out.toString();
    }

    private void check(PersonDetails d) {
        if (!PersonDetails.isKatakana(d.familyNameKana())) {
            throw new Problem.Invalid("familyNameKana", "planning.person.kana");
        }
        if (!PersonDetails.isKatakana(d.givenNameKana())) {
            throw new Problem.Invalid("givenNameKana", "planning.person.kana");
        }
        if (d.birthDate().isAfter(LocalDate.now(clock)) || d.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
            throw new Problem.Invalid("birthDate", "planning.person.birthDate");
        }
        for (int i = 0; i < d.disabilityCertificates().size(); i++) {
            DisabilityCertificate c = d.disabilityCertificates().get(i);
            String problem = c.gradeProblem();
            if (problem != null) {
                throw new Problem.Invalid("disabilityCertificates[" + i + "].grade", problem);
            }
            if (c.validFrom() != null && c.validUntil() != null && c.validUntil().isBefore(c.validFrom())) {
                throw new Problem.Invalid("disabilityCertificates[" + i + "].validUntil", "planning.period.endBeforeStart");
            }
        }
    }
}
