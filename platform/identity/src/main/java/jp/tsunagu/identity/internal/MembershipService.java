package jp.tsunagu.identity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.identity.Member;
import jp.tsunagu.identity.MembershipSummary;
import jp.tsunagu.identity.Memberships;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.TenantKind;
import jp.tsunagu.tenancy.ShortLivedCache;
import jp.tsunagu.tenancy.TenantChanged;
import jp.tsunagu.tenancy.TenantContext;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class MembershipService implements Memberships {

    private final MembershipRepository memberships;
    private final jp.tsunagu.tenancy.Offices offices;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    /** Every request's lookup, by username, for {@code tsunagu.identity.membership-cache} (5 s; 0: none). */
    private final ShortLivedCache<String, List<MembershipSummary>> lookups;

    MembershipService(MembershipRepository memberships, jp.tsunagu.tenancy.Offices offices, JdbcTemplate jdbc,
                      AuditTrail audit, Clock clock, jp.tsunagu.tenancy.SharedCaches caches,
                      @Value("${tsunagu.identity.membership-cache:5s}") Duration lookupLifetime) {
        this.lookups = caches.shortLived("identity.membership-lookups", lookupLifetime);
        this.memberships = memberships;
        this.offices = offices;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean upsert(String username, boolean allOffices, Set<OfficeId> offices, Set<Role> roles) {
        TenantContext.require();
        String name = normalize(username);
        Membership membership = memberships.findByUsername(name).orElse(null);
        boolean created = membership == null;
        boolean wasAdmin = !created && membership.roles().contains(Role.TENANT_ADMIN);
        if (created) {
            membership = new Membership(name, clock.instant());
        }
        boolean changed = membership.assign(allOffices,
                offices.stream().map(OfficeId::value).collect(Collectors.toSet()),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), clock.instant());
        if (created || changed) {
            memberships.saveAndFlush(membership);
            lookups.forget();
            if (wasAdmin) {
                requireTenantAdmin();
            }
            audit.record(AuditEvent.of(created ? AuditEvent.Action.CREATE : AuditEvent.Action.ASSIGN, "membership", name)
                    .withDetails("allOffices=" + allOffices + " offices=" + new java.util.TreeSet<>(
                            offices.stream().map(OfficeId::toString).toList()) + " roles=" + new java.util.TreeSet<>(roles)));
        }
        return created || changed;
    }

    @Override
    @Transactional
    public void remove(String username) {
        String name = normalize(username);
        Membership membership = memberships.findByUsername(name)
                .orElseThrow(() -> new Problem.NotFound("membership.notFound", name));
        boolean wasAdmin = membership.roles().contains(Role.TENANT_ADMIN);
        memberships.delete(membership);
        memberships.flush();
        lookups.forget();
        if (wasAdmin) {
            requireTenantAdmin();
        }
        audit.record(AuditEvent.of(AuditEvent.Action.DELETE, "membership", name));
    }

    @Override
    @Transactional
    public Member assign(String username, boolean allOffices, List<UUID> listed, Set<Role> roles) {
        String name = normalize(username);
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new Problem.Invalid("username", "membership.username");
        }
        if (roles == null || roles.isEmpty()) {
            throw new Problem.Invalid("roles", "membership.roles");
        }
        List<UUID> offices = listed == null ? List.of() : listed;
        if (allOffices == !offices.isEmpty()) {
            throw new Problem.Invalid("offices", "membership.scope");
        }
        Set<OfficeId> scope = new java.util.HashSet<>();
        for (int i = 0; i < offices.size(); i++) {
            OfficeId office = new OfficeId(offices.get(i));
            if (this.offices.find(office).isEmpty()) {
                throw new Problem.Invalid("offices[" + i + "]", "membership.unknownOffice", offices.get(i));
            }
            scope.add(office);
        }
        upsert(name, allOffices, scope, roles);
        return new Member(name, allOffices, scope.stream().map(OfficeId::value).sorted().toList(),
                roles.stream().sorted().toList());
    }

    /** Staff data: reading the list is recorded like any read of personal data. */
    @Override
    @Transactional
    public List<Member> members() {
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "membership", null));
        return memberships.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(m -> new Member(m.username(), m.allOffices(),
                        m.offices().stream().sorted().toList(), m.roles().stream().sorted().toList()))
                .toList();
    }

    /** A tenant that has had a tenant admin keeps at least one (else nobody could manage it). */
    private void requireTenantAdmin() {
        Long admins = jdbc.queryForObject("select count(*) from membership_role where role = 'TENANT_ADMIN'", Long.class);
        if (admins == null || admins == 0) {
            throw new Problem.Conflict("membership.lastAdmin");
        }
    }

    /** A tenant's name, kind or second-factor rule changed: the lookups that show it are forgotten. */
    @EventListener
    void on(TenantChanged changed) {
        lookups.forget();
    }

    /**
     * Reads the user's memberships across tenants, on every authenticated request, in one statement outside any
     * transaction (the statement is its own): {@code app_memberships_of} clears the tenant and sets
     * {@code app.username} for that statement only, and the lookup policies show exactly the rows of that user. Not
     * supported inside a transaction: clearing the tenant there would unbind the caller's. Kept per user for the
     * lookup's lifetime: a change is seen at once on this instance, and on the others when its transaction commits
     * (SharedCaches: a notification through PostgreSQL), as module switches are.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<MembershipSummary> of(String username) {
        String name = normalize(username);
        return lookups.get(name, () -> lookup(name));
    }

    private List<MembershipSummary> lookup(String username) {
        return List.copyOf(jdbc.query("select tenant_id, name, kind, all_offices, mfa_required, roles, offices from app_memberships_of(?)",
                (rs, i) -> new MembershipSummary(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2),
                        TenantKind.valueOf(rs.getString(3)), rs.getBoolean(5), rs.getBoolean(4), offices(rs.getArray(7)),
                        roles(rs.getArray(6))),
                username));
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((Object[]) array.getArray()).map(o -> Role.valueOf((String) o)).forEach(roles::add);
        return Set.copyOf(roles);
    }

    private static Set<OfficeId> offices(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> new OfficeId((UUID) o)).collect(Collectors.toUnmodifiableSet());
    }
}
