package jp.tsunagu.training.internal.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A programme item of the office (プログラム): its kind, a title unique in the office, what it is for. */
@Entity
@Table(name = "programme_item")
class ProgrammeItem extends TenantOwnedEntity {

    /** The kinds the issue names: 作業実習, 技能訓練, 講座, 通勤練習. */
    enum Kind { WORK_PRACTICE, SKILLS_TRAINING, LECTURE, COMMUTING_PRACTICE }

    private UUID officeId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String title;
    private String description;

    protected ProgrammeItem() {
    }

    ProgrammeItem(OfficeId office, Kind kind, String title, String description, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.kind = kind;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    Kind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }
}
