package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An office that serves a person: the person is visible to that office. */
@Entity
@Table(name = "person_office")
@IdClass(PersonOffice.Key.class)
public class PersonOffice {
    @Id
    private UUID personId;

    @Id
    private UUID officeId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private Instant registeredAt;

    protected PersonOffice() {
    }

    public PersonOffice(UUID personId, UUID officeId, Instant at) {
        this.personId = personId;
        this.officeId = officeId;
        this.registeredAt = at;
    }

    /** The key within a tenant. */
    public static class Key implements Serializable {
        private UUID personId;
        private UUID officeId;

        public Key() {
        }

        public Key(UUID personId, UUID officeId) {
            this.personId = personId;
            this.officeId = officeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(personId, k.personId) && java.util.Objects.equals(officeId, k.officeId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(personId, officeId);
        }
    }
}
