package jp.tsunagu.workspace.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;

/**
 * 職員: a member of an office's staff, by name and フリガナ (full-width katakana; hiragana is turned into katakana).
 * What they do, for which service and for how many hours a week are their {@link StaffAssignment}s.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TenantOwnedEntity {
    private UUID officeId;
    private String name;
    private String kana;
    private Instant updatedAt;
    private String updatedBy;

    protected StaffMember() {
    }

    public StaffMember(UUID officeId, String name, String kana, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        change(name, kana, by, at);
    }

    /** A new name or フリガナ; a フリガナ that is not katakana is refused naming the field. */
    public void change(String name, String kana, String by, Instant at) {
        String k = toKatakana(kana.strip());
        if (!k.matches("[\\u30A1-\\u30FC\\u3000 ]+")) {
            throw new Problem.Invalid("kana", "workspace.staff.kana");
        }
        this.name = name.strip();
        this.kana = k;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    private static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            out.append(ch >= '\u3041' && ch <= '\u3096' ? (char) (ch + 0x60) : ch);
        }
        return out.toString();
    }

    public UUID officeId() {
        return officeId;
    }

    public String name() {
        return name;
    }

    public String kana() {
        return kana;
    }
}
