package jp.tsunagu.planning.internal.domain;

import java.time.LocalDate;
import java.util.List;

/** What is entered about a person (利用者台帳). */
public record PersonDetails(String familyName, String givenName, String familyNameKana, String givenNameKana,
                            LocalDate birthDate, String postalCode, String address, String phone, String email,
                            SupportLevel supportLevel, Integer pensionGrade, List<EmergencyContact> emergencyContacts,
                            List<FamilyMember> familyMembers, List<DisabilityCertificate> disabilityCertificates) {

    public PersonDetails {
        emergencyContacts = emergencyContacts == null ? List.of() : List.copyOf(emergencyContacts);
        familyMembers = familyMembers == null ? List.of() : List.copyOf(familyMembers);
        disabilityCertificates = disabilityCertificates == null ? List.of() : List.copyOf(disabilityCertificates);
    }

    /** Full-width katakana, the long vowel mark and spaces: the form 利用者台帳 and claims use for フリガナ. */
    public static boolean isKatakana(String text) {
        return text != null && text.matches("[\\u30A1-\\u30FC\\u3000 ]+");
    }
}
