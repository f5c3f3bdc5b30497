package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * An office that serves a person: the person is visible to that office. A person and an office are linked once
 * (unique within the tenant, the key they were before the link had an id of its own).
 */
@Entity
// the base's creation is the person's registration at the office (registered_at, registered_by)
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "registered_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "registered_by", updatable = false))
@Table(name = "person_office")
public class PersonOffice extends TenantOwnedEntity {
    private UUID personId;
    private UUID officeId;

    protected PersonOffice() {
    }

    public PersonOffice(UUID personId, UUID officeId, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.officeId = officeId;
    }
}
