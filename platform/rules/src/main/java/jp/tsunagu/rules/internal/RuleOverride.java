package jp.tsunagu.rules.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A tenant's (office null) or an office's choice for a local parameter, from a date until its next choice. */
@Entity
@Table(name = "rule_override")
class RuleOverride {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID officeId;
    private String parameter;
    private String value;
    private LocalDate effectiveFrom;
    private String reason;
    private String setBy;
    private Instant setAt;

    @Version
    private Long version;

    protected RuleOverride() {
    }

    RuleOverride(UUID officeId, String parameter, LocalDate effectiveFrom) {
        this.id = UUID.randomUUID();
        this.officeId = officeId;
        this.parameter = parameter;
        this.effectiveFrom = effectiveFrom;
    }

    void set(String value, String reason, String by, Instant at) {
        this.value = value;
        this.reason = reason;
        this.setBy = by;
        this.setAt = at;
    }

    UUID officeId() {
        return officeId;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    String reason() {
        return reason;
    }

    String setBy() {
        return setBy;
    }

    Instant setAt() {
        return setAt;
    }
}
