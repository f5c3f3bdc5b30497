package jp.tsunagu.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.kernel.Role;
import org.hibernate.annotations.TenantId;

/** A user's membership in a tenant: all offices or the listed ones, and roles. The authority on access. */
@Entity
@Table(name = "membership")
class Membership {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String username;
    private boolean allOffices;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_office", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "office_id")
    private Set<UUID> offices = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_role", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Membership() {
    }

    Membership(String username, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String username() {
        return username;
    }

    boolean allOffices() {
        return allOffices;
    }

    Set<UUID> offices() {
        return offices;
    }

    Set<Role> roles() {
        return roles;
    }

    /** Applies the given scope and roles; true when anything changed. */
    boolean assign(boolean allOffices, Set<UUID> offices, Set<Role> roles, Instant now) {
        Set<UUID> newOffices = allOffices ? Set.of() : offices;
        boolean changed = this.allOffices != allOffices || !this.offices.equals(newOffices) || !this.roles.equals(roles);
        if (changed) {
            this.allOffices = allOffices;
            this.offices.clear();
            this.offices.addAll(newOffices);
            this.roles.clear();
            this.roles.addAll(roles);
            this.updatedAt = now;
        }
        return changed;
    }
}
