package jp.tsunagu.wages;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.NavigationEntry;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/**
 * The wages module's descriptor: key {@code wages}, B型 offices, requires {@code workspace} (whose closed months and hours
 * the monthly run reads; workspace in turn requires planning).
 */
@Component
class WagesModule implements BusinessModule {
    private static final Set<Role> ACCOUNTS = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER);

    // The module's privileges: each check (@PreAuthorize, a page's can(...)) names one of these, which a test verifies.
    static final Privilege LEDGER_READ = new Privilege("wages:ledger.read", "生産活動の収支 (工賃の原資) の閲覧",
            "Read the production activity ledger (the pool of 工賃)", ACCOUNTS);
    static final Privilege LEDGER_WRITE = new Privilege("wages:ledger.write", "生産活動の収入・経費と作業種目の記帳",
            "Enter production activities, revenue and expenses", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));
    static final Privilege PAY_RULE_WRITE = new Privilege("wages:payrule.write", "工賃規程の登録・改定",
            "Set the office's pay rules (工賃規程)", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));
    static final Privilege RUN_READ = new Privilege("wages:run.read", "工賃の月次計算と利用者ごとの工賃の閲覧",
            "See the monthly run of 工賃 and each user's amount", ACCOUNTS);
    static final Privilege RUN_CLOSE = new Privilege("wages:run.close", "工賃の月次確定",
            "Close the monthly run of 工賃", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));
    static final Privilege PAYOUT_READ = new Privilege("wages:payout.read", "工賃の支払方法・振込データ・受領書の閲覧と出力",
            "See payment methods, export the bank transfer file and print cash receipts", ACCOUNTS);
    static final Privilege PAYOUT_WRITE = new Privilege("wages:payout.write", "工賃の支払方法・振込依頼人の登録と受領の記録",
            "Set payment methods and the bank requester, record cash receipts", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));
    static final Privilege AVERAGE_WRITE = new Privilege("wages:average.write", "報酬算定区分 (人員配置・改定の対象区分と根拠) と目標工賃の登録",
            "Record the office's reward profile (staffing type, revision status with its evidence) and target 工賃",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));

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

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("生産活動の収支", "Production ledger", "/wages/ledger"),
                new NavigationEntry("工賃規程", "Pay rules (工賃規程)", "/wages/pay-rules"),
                new NavigationEntry("工賃の計算", "Monthly 工賃", "/wages/runs"),
                new NavigationEntry("工賃の支払", "Paying 工賃", "/wages/payout"),
                new NavigationEntry("平均工賃", "Average monthly 工賃", "/wages/average"));
    }

    /** Every privilege above, in the order the access pages list them. */
    @Override
    public List<Privilege> privileges() {
        return List.of(LEDGER_READ, LEDGER_WRITE, PAY_RULE_WRITE, RUN_READ, RUN_CLOSE, PAYOUT_READ, PAYOUT_WRITE, AVERAGE_WRITE);
    }
}
