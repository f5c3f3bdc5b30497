package jp.tsunagu.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.identity.Memberships;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.modules.ModuleRegistry;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.ReplicaReads;
import jp.tsunagu.web.HomeTile;
import jp.tsunagu.web.HomeTile.Figure;
import jp.tsunagu.web.HomeTile.Line;
import jp.tsunagu.web.HomeTile.Severity;
import jp.tsunagu.web.HomeTile.Text;
import jp.tsunagu.web.HomeTiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The tiles of the first screen: those of the modules on at the chosen office (each module offers only what the
 * user's privileges open), and the tenant's own for a tenant admin (offices with their modules, members).
 */
@ConditionalOnWebApplication
@Component
class HomeScreen {
    /** The admin's tile lists the tenant's offices, more than a module's tile lists: the tenant's shape is its point. */
    private static final int ADMIN_OFFICES = 20;

    private final ObjectProvider<HomeTiles> contributors;
    private final ModuleRegistry registry;
    private final ModuleActivations activations;
    private final Memberships memberships;
    private final ReplicaReads replica;
    private final Clock clock;

    HomeScreen(ObjectProvider<HomeTiles> contributors, ModuleRegistry registry, ModuleActivations activations,
               Memberships memberships, ReplicaReads replica, Clock clock) {
        this.replica = replica;
        this.contributors = contributors;
        this.registry = registry;
        this.activations = activations;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * The tiles of the modules on at {@code office}, in the registry's order; one that fails shows as unavailable. A
     * dashboard: each module's tiles are read in a read-only transaction of their own, on the standby when there is one
     * (their audit records of personal data shown are written on the primary right after).
     */
    List<HomeTile> officeTiles(OfficeSummary office, CurrentUser user, Locale locale) {
        Set<String> on = activations.enabledFor(office.id());
        HomeTiles.Request request = new HomeTiles.Request(office, LocalDate.now(clock), user.privileges(), user.mayReadPersonalData());
        return ModuleContributions.collect(contributors.stream().toList(), HomeTiles::module, on, registry, locale, c -> replica.read(() -> c.tiles(request)),
                "office " + office.id().value());
    }

    /** For a tenant admin: the offices they see with the modules on at each, and the tenant's members. */
    List<HomeTile> tenantTiles(List<OfficeSummary> visible, CurrentUser user, Locale locale) {
        if (!user.can("modules:module.manage")) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("ui.home.admin.offices", visible.size(), Severity.NORMAL));
        boolean members = user.can("identity:membership.read");
        if (members) {
            figures.add(Figure.of("ui.home.admin.members", memberships.members().size(), Severity.NORMAL));
        }
        List<Line> lines = visible.stream().limit(ADMIN_OFFICES).map(office -> officeLine(office, locale)).toList();
        return List.of(new HomeTile("ui.home.admin", Severity.NORMAL, figures, lines, visible.size() - lines.size(),
                members ? "/admin/members" : null, members ? "ui.home.admin.open" : null));
    }

    private Line officeLine(OfficeSummary office, Locale locale) {
        Set<String> on = activations.enabledFor(office.id());
        List<String> names = registry.all().stream().filter(m -> on.contains(m.key())).map(m -> m.displayName(locale)).toList();
        Text note = names.isEmpty() ? new Text("ui.home.admin.noModules")
                : new Text("ui.home.admin.modules", String.join(locale.getLanguage().equals("en") ? ", " : "、", names));
        return new Line(office.name(), null, note, Severity.NORMAL, "/offices/" + office.id().value() + "/modules");
    }
}
