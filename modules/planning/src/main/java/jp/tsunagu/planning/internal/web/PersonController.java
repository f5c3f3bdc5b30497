package jp.tsunagu.planning.internal.web;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.PersonService;
import jp.tsunagu.planning.internal.domain.DisabilityCertificate;
import jp.tsunagu.planning.internal.domain.EmergencyContact;
import jp.tsunagu.planning.internal.domain.FamilyMember;
import jp.tsunagu.planning.internal.domain.Person;
import jp.tsunagu.planning.internal.domain.PersonDetails;
import jp.tsunagu.planning.internal.domain.SupportLevel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 利用者台帳 of an office: list and search by kana, register, read, change. */
@RestController
@RequiresModule("planning")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/persons")
class PersonController {
    private final PersonService persons;

    PersonController(PersonService persons) {
        this.persons = persons;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('planning:person.read')")
    List<PersonSummary> list(@PathVariable OfficeId officeId, @RequestParam(required = false) @Size(max = 50) String q) {
        return persons.search(officeId, q).stream().map(PersonSummary::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:person.manage')")
    PersonView register(@PathVariable OfficeId officeId, @Valid @RequestBody PersonRequest request, Principal user) {
        return PersonView.of(persons.register(officeId, request.details(), user.getName()));
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('planning:person.read')")
    PersonView read(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return PersonView.of(persons.read(officeId, personId));
    }

    @PutMapping("/{personId}")
    @PreAuthorize("hasAuthority('planning:person.manage')")
    PersonView change(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam long version,
                      @Valid @RequestBody PersonRequest request) {
        return PersonView.of(persons.change(officeId, personId, request.details(), version));
    }

    record PersonRequest(@NotBlank @Size(max = 50) String familyName, @NotBlank @Size(max = 50) String givenName,
                         @NotBlank @Size(max = 50) String familyNameKana, @NotBlank @Size(max = 50) String givenNameKana,
                         @NotNull LocalDate birthDate, @Pattern(regexp = "\\d{3}-?\\d{4}") String postalCode,
                         @Size(max = 200) String address, @Size(max = 20) @Pattern(regexp = "[0-9+\\-() ]*") String phone,
                         @Email @Size(max = 200) String email, SupportLevel supportLevel, @Min(1) @Max(2) Integer pensionGrade,
                         @Size(max = 10) List<@Valid Contact> emergencyContacts, @Size(max = 20) List<@Valid Family> familyMembers,
                         @Size(max = 5) List<@Valid Certificate> disabilityCertificates) {
        PersonDetails details() {
            return new PersonDetails(familyName.strip(), givenName.strip(), familyNameKana.strip(), givenNameKana.strip(), birthDate,
                    postalCode, address, phone, email, supportLevel, pensionGrade,
                    emergencyContacts == null ? List.of() : emergencyContacts.stream().map(c -> new EmergencyContact(c.name(), c.relation(), c.phone())).toList(),
                    familyMembers == null ? List.of() : familyMembers.stream().map(f -> new FamilyMember(f.name(), f.relation(), Boolean.TRUE.equals(f.livesTogether()), f.note())).toList(),
                    disabilityCertificates == null ? List.of() : disabilityCertificates.stream()
                            .map(c -> new DisabilityCertificate(c.kind(), c.grade(), c.validFrom(), c.validUntil())).toList());
        }
    }

    record Contact(@NotBlank @Size(max = 50) String name, @Size(max = 20) String relation,
                   @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9+\\-() ]*") String phone) {
    }

    record Family(@NotBlank @Size(max = 50) String name, @Size(max = 20) String relation, Boolean livesTogether,
                  @Size(max = 200) String note) {
    }

    record Certificate(@NotNull DisabilityCertificate.Kind kind, @NotBlank @Size(max = 20) String grade, LocalDate validFrom,
                       LocalDate validUntil) {
    }

    record PersonSummary(UUID id, String name, String kana, LocalDate birthDate) {
        static PersonSummary of(Person p) {
            return new PersonSummary(p.id(), p.fullName(), p.fullNameKana(), p.details().birthDate());
        }
    }

    record PersonView(UUID id, PersonDetails details, long version, Instant createdAt, Instant updatedAt) {
        static PersonView of(Person p) {
            return new PersonView(p.id(), p.details(), p.version() == null ? 0 : p.version(), p.createdAt(), p.updatedAt());
        }
    }
}
