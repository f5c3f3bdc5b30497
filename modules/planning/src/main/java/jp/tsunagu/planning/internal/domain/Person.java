package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** 利用者 (利用者台帳): a person the tenant supports, with names in kanji and kana. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

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

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Person() {
    }

    public Person(UUID id, PersonDetails details, String by, Instant at) {
        this.id = id;
        this.createdAt = at;
        this.createdBy = by;
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

    public UUID id() {
        return id;
    }

    public String fullName() {
        return familyName + " " + givenName;
    }

    public String fullNameKana() {
        return familyNameKana + " " + givenNameKana;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}
