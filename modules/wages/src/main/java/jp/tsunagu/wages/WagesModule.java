package jp.tsunagu.wages;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/**
 * The wages module's descriptor: key {@code wages}, B型 offices, requires {@code workspace} (whose months and hours the
 * distribution will read; workspace in turn requires planning).
 */
@Component
class WagesModule implements BusinessModule {
    private static final Set<Role> ACCOUNTS = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER);

    // The module's privileges: each check (@PreAuthorize, a page's can(...)) names one of these, which a test verifies.
    static final Privilege LEDGER_READ = new Privilege("wages:ledger.read", "生産活動の収支 (工賃の原資) の閲覧",
            "Read the production activity ledger (the pool of 工賃)", ACCOUNTS);
    static final Privilege LEDGER_WRITE = new Privilege("wages:ledger.write", "生産活動の収入・経費と作業種目の記帳",
            "Enter production activities, revenue and expenses", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));

    @Override
    public String key() {
        return "wages";
    }

    @Override
    public String nameJa() {
        return "工賃";
    }

    @Override
    public String nameEn() {
        return "Wages (工賃)";
    }

    @Override
    public Set<ServiceType> serviceTypes() {
        return Set.of(ServiceType.TYPE_B);
    }

    @Override
    public Set<String> requires() {
        return Set.of("workspace");
    }

    /** Every privilege above, in the order the access pages list them. */
    @Override
    public List<Privilege> privileges() {
        return List.of(LEDGER_READ, LEDGER_WRITE);
    }
}
