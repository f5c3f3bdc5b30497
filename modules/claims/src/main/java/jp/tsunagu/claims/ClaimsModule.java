package jp.tsunagu.claims;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.NavigationEntry;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/**
 * The claims module's descriptor: key {@code claims}, for offices of the employment services it bills (移行, A型, B型,
 * 定着, 選択支援); requires {@code workspace} (the service records the claim is built from; workspace requires planning:
 * certificates, decisions, contracts).
 */
@Component
class ClaimsModule implements BusinessModule {
    static final Privilege PROFILE_READ = new Privilege("claims:profile.read", "請求の体制 (体制届) の閲覧", "Read the office's claim profile (体制届)",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER));
    static final Privilege PROFILE_MANAGE = new Privilege("claims:profile.manage", "請求の体制 (体制届) の登録", "Record the office's claim profile (体制届)",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));

    static final Privilege CLAIM_READ = new Privilege("claims:claim.read", "請求の確認 (利用者ごとの請求額)", "Read the month's claim per person",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER));

    static final Privilege CLAIM_CLOSE = new Privilege("claims:claim.close", "請求の確定 (月の締め)", "Close the month's claim",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));

    static final Privilege CAP_MANAGE = new Privilege("claims:cap.manage", "上限額管理の登録と結果の入力",
            "Record upper-limit management (上限額管理) and its monthly results", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));
    static final Privilege CORRECTION_MANAGE = new Privilege("claims:correction.manage", "過誤申立と市町村の締切の登録",
            "Request and follow corrections (過誤申立) of a closed claim, and record the municipalities' deadlines",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));
    static final Privilege AUDIT_READ = new Privilege("claims:audit.read", "運営指導の書類 (期間の記録と不足一覧)",
            "Read the audit pack (運営指導): the period's records and what is missing", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER));

    @Override
    public String key() {
        return "claims";
    }

    @Override
    public String nameJa() {
        return "国保連請求";
    }

    @Override
    public String nameEn() {
        return "Claims (国保連)";
    }

    @Override
    public Set<ServiceType> serviceTypes() {
        return Set.of(ServiceType.TRANSITION, ServiceType.TYPE_A, ServiceType.TYPE_A_NON_EMPLOYED, ServiceType.TYPE_B, ServiceType.RETENTION,
                ServiceType.EMPLOYMENT_SELECTION);
    }

    @Override
    public Set<String> requires() {
        return Set.of("workspace");
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("請求の確認", "Claim preview", "/claims/months"),
                new NavigationEntry("体制届 (請求)", "Claim profile", "/claims/profile"),
                new NavigationEntry("上限額管理", "Upper-limit management", "/claims/cap-management"),
                new NavigationEntry("過誤申立", "Claim corrections", "/claims/corrections"),
                new NavigationEntry("運営指導の書類", "Audit pack", "/claims/audit-pack"));
    }

    @Override
    public List<Privilege> privileges() {
        return List.of(PROFILE_READ, PROFILE_MANAGE, CLAIM_READ, CLAIM_CLOSE, CAP_MANAGE, CORRECTION_MANAGE, AUDIT_READ);
    }
}
