package jp.tsunagu.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.identity.Memberships;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.modules.ModuleRegistry;
import jp.tsunagu.tenancy.TenantAdministration;
import jp.tsunagu.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code provision [dir]}: applies the tenant manifests. All manifests are read and validated first; an
 * invalid one stops the command before anything is written. Each tenant is then applied in one
 * transaction, idempotently: a second run reports 0 changes. Users are created or updated in Keycloak when
 * the admin client is configured.
 */
@Component
public class ProvisionCommand {
    private static final Logger log = LoggerFactory.getLogger(ProvisionCommand.class);
    static final String BY = "provision";

    private final ModuleRegistry modules;
    private final TenantAdministration tenants;
    private final ModuleActivations activations;
    private final Memberships memberships;
    private final TransactionTemplate tx;
    private final ObjectProvider<KeycloakUsers> keycloak;
    private final String defaultDir;
    private final boolean leaveOutAbsentModules;

    ProvisionCommand(ModuleRegistry modules, TenantAdministration tenants, ModuleActivations activations,
                     Memberships memberships, TransactionTemplate tx, ObjectProvider<KeycloakUsers> keycloak,
                     @Value("${tsunagu.provision.dir:tenants}") String defaultDir,
                     @Value("${tsunagu.provision.leave-out-absent-modules:false}") boolean leaveOutAbsentModules) {
        this.leaveOutAbsentModules = leaveOutAbsentModules;
        this.modules = modules;
        this.tenants = tenants;
        this.activations = activations;
        this.memberships = memberships;
        this.tx = tx;
        this.keycloak = keycloak;
        this.defaultDir = defaultDir;
    }

    /** Runs the command; the exit code is 0 on success, 1 for an invalid manifest. */
    int run(String[] args) {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("-") ? args[0] : defaultDir);
        try {
            Result result = apply(dir);
            System.out.println("provisioned " + result.tenants() + " tenants from " + dir + ": " + result.changes() + " changes");
            return 0;
        } catch (ManifestReader.InvalidManifest invalid) {
            System.err.println("invalid manifest: " + invalid.getMessage());
            System.err.println("nothing was applied");
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("cannot read manifests in " + dir + ": " + e.getMessage());
            return 1;
        }
    }

    /** What a run did. */
    public record Result(int tenants, int changes) {
    }

    public Result apply(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.io.IOException("not a directory");
        }
        List<Manifest> manifests = new ManifestReader(modules, leaveOutAbsentModules).readAll(dir);
        int changes = 0;
        for (Manifest m : manifests) {
            changes += TenantContext.callAs(m.tenantId(), () -> tx.execute(status -> applyOne(m)));
            KeycloakUsers users = keycloak.getIfAvailable();
            if (users != null) {
                for (Manifest.UserEntry u : m.users()) {
                    boolean personalData = u.roles().stream().anyMatch(r -> r != jp.tsunagu.kernel.Role.PLATFORM_OPERATOR);
                    changes += users.upsert(u, m.mfaRequired() && personalData) ? 1 : 0;
                }
            }
        }
        return new Result(manifests.size(), changes);
    }

    private int applyOne(Manifest m) {
        int changes = tenants.upsertTenant(m.kind(), m.name(), m.prefecture(), m.mfaRequired()) ? 1 : 0;
        Map<String, OfficeId> offices = new HashMap<>();
        for (Manifest.OfficeEntry o : m.offices()) {
            var upserted = tenants.upsertOffice(o.number(), o.name(), o.prefecture(), o.regionalClass(),
                    new EnumMap<ServiceType, Integer>(o.services()));
            offices.put(o.number(), upserted.id());
            changes += upserted.changed() ? 1 : 0;
        }
        for (Manifest.OfficeEntry o : m.offices()) {
            OfficeId office = offices.get(o.number());
            Set<String> wanted = new HashSet<>(o.modules());
            Set<String> on = new HashSet<>(activations.enabledFor(office));
            // off first, dependents before what they require
            boolean progress = true;
            while (progress) {
                progress = false;
                for (String key : Set.copyOf(on)) {
                    boolean requiredByOn = on.stream().anyMatch(other -> modules.find(other).orElseThrow().requires().contains(key));
                    if (!wanted.contains(key) && !requiredByOn) {
                        activations.disable(office, key, BY);
                        on.remove(key);
                        changes++;
                        progress = true;
                    }
                }
            }
            // then on, requirements before dependents (the manifest was checked for completeness)
            List<String> order = o.modules().stream()
                    .sorted((a, b) -> Integer.compare(depth(a), depth(b))).toList();
            for (String key : order) {
                if (!on.contains(key)) {
                    activations.enable(office, key, BY);
                    on.add(key);
                    changes++;
                }
            }
        }
        for (Manifest.UserEntry u : m.users()) {
            Set<OfficeId> scope = u.offices().stream().map(offices::get).collect(Collectors.toSet());
            changes += memberships.upsert(u.username(), u.allOffices(), scope, u.roles()) ? 1 : 0;
        }
        log.info("tenant {} ({}): {} changes", m.name(), m.file(), changes);
        return changes;
    }

    private int depth(String key) {
        return modules.find(key).orElseThrow().requires().stream().mapToInt(this::depth).map(d -> d + 1).max().orElse(0);
    }
}
