package jp.tsunagu.employment;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.NavigationEntry;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/**
 * The employment module's descriptor: key {@code employment}, A型 offices (employed users), requires {@code workspace}
 * (employed users' days as clocked; workspace in turn requires planning, which says who is an employed A型 user).
 */
@Component
class EmploymentModule implements BusinessModule {
    private static final Set<Role> ACCOUNTS = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER);

    // The module's privileges: each check (@PreAuthorize, a page's can(...)) names one of these, which a test verifies.
    static final Privilege CONTRACT_READ = new Privilege("employment:contract.read", "雇用契約・労働条件通知書・最低賃金の確認の閲覧",
            "Read employment contracts, the notices of working conditions and the minimum-wage checks", ACCOUNTS);
    static final Privilege CONTRACT_WRITE = new Privilege("employment:contract.write", "雇用契約と最低賃金の減額特例の登録",
            "Record employment contracts and minimum-wage reduction permits", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));
    static final Privilege PAYROLL_READ = new Privilege("employment:payroll.read", "給与計算と利用者ごとの給与・保険・税の閲覧",
            "See the monthly payroll and each user's pay, insurance and tax", ACCOUNTS);
    static final Privilege PAYROLL_CLOSE = new Privilege("employment:payroll.close",
            "給与の月次確定と給与計算の設定 (扶養・保険・住民税・振込口座・振込依頼人・保険の届出・有給休暇・スコアの記録)",
            "Close the monthly payroll and set what it needs (dependents, insurance, resident tax, bank accounts, the transfer requester, notifications, paid leave, score records)",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));

    @Override
    public String key() {
        return "employment";
    }

    @Override
    public String nameJa() {
        return "雇用 (A型)";
    }

    @Override
    public String nameEn() {
        return "Employment (type A)";
    }

    @Override
    public Set<ServiceType> serviceTypes() {
        return Set.of(ServiceType.TYPE_A);
    }

    @Override
    public Set<String> requires() {
        return Set.of("workspace");
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("雇用契約", "Employment contracts", "/employment/contracts"),
                new NavigationEntry("給与計算", "Payroll", "/employment/payroll"),
                new NavigationEntry("給与振込口座", "Bank accounts", "/employment/bank-accounts"),
                new NavigationEntry("保険の手続", "Insurance notifications", "/employment/insurance"),
                new NavigationEntry("年次有給休暇", "Annual paid leave", "/employment/paid-leave"),
                new NavigationEntry("A型スコア", "Type A score", "/employment/score"));
    }

    /** Every privilege above, in the order the access pages list them. */
    @Override
    public List<Privilege> privileges() {
        return List.of(CONTRACT_READ, CONTRACT_WRITE, PAYROLL_READ, PAYROLL_CLOSE);
    }
}
