package jp.tsunagu.planning.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 利用者 (利用者台帳): a person the tenant supports, with names in kanji and kana. */
@Entity
@Table(name = "person")
public class Person extends TenantOwnedEntity {
    private String familyName;
    private String givenName;
    private String familyNameKana;
    private String givenNameKana;
    private LocalDate birthDate;
    private String postalCode;
    private String address;
    private String phone;
    private String email;

    @Enumerated(EnumType.STRING)
    private SupportLevel supportLevel;

    private Integer pensionGrade;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<EmergencyContact> emergencyContacts = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<FamilyMember> familyMembers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<DisabilityCertificate> disabilityCertificates = new ArrayList<>();

    private Instant updatedAt;

    protected Person() {
    }

    public Person(UUID id, PersonDetails details, String by, Instant at) {
        super(id, by, at);
        change(details, at);
    }

    /** Replaces the details (already validated by {@link PersonDetails}). */
    public void change(PersonDetails d, Instant at) {
        this.familyName = d.familyName();
        this.givenName = d.givenName();
        this.familyNameKana = d.familyNameKana();
        this.givenNameKana = d.givenNameKana();
        this.birthDate = d.birthDate();
        this.postalCode = d.postalCode();
        this.address = d.address();
        this.phone = d.phone();
        this.email = d.email();
        this.supportLevel = d.supportLevel();
        this.pensionGrade = d.pensionGrade();
        this.emergencyContacts = new ArrayList<>(d.emergencyContacts());
        this.familyMembers = new ArrayList<>(d.familyMembers());
        this.disabilityCertificates = new ArrayList<>(d.disabilityCertificates());
        this.updatedAt = at;
    }

    public PersonDetails details() {
        return new PersonDetails(familyName, givenName, familyNameKana, givenNameKana, birthDate, postalCode, address, phone,
                email, supportLevel, pensionGrade, List.copyOf(emergencyContacts), List.copyOf(familyMembers),
                List.copyOf(disabilityCertificates));
    }

    public String fullName() {
        return familyName + " " + givenName;
    }

    public String fullNameKana() {
        return familyNameKana + " " + givenNameKana;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

}
