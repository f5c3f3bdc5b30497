package jp.tsunagu.sharing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.NavigationEntry;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/**
 * The sharing module's descriptor: key {@code sharing}, for any office (an employment office gives, a consultation office
 * receives, and both do); requires {@code planning} (whose persons, certificates, plans and monitorings are shared).
 */
@Component
class SharingModule implements BusinessModule {
    static final Privilege CONSENT_READ = new Privilege("sharing:consent.read", "共有の同意と提供記録の閲覧",
            "Read consents to share and the record of provisions",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF, Role.CONSULTATION_SPECIALIST));
    static final Privilege CONSENT_MANAGE = new Privilege("sharing:consent.manage", "共有の同意の登録・撤回と相手先の確認",
            "Record and revoke consents to share, confirm a recipient's link",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.CONSULTATION_SPECIALIST));
    static final Privilege INBOX_READ = new Privilege("sharing:inbox.read", "共有された記録の閲覧", "Read records shared with the office",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF, Role.CONSULTATION_SPECIALIST));
    static final Privilege CLAIM = new Privilege("sharing:claim.write", "共有を受ける利用者の照会 (受給者証番号による)",
            "Claim a client to receive shared records (by certificate number)",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.CONSULTATION_SPECIALIST));

    static final Privilege STATISTICS_PUBLISH = new Privilege("sharing:statistics.publish", "市町村への統計の公表 (法人の選択)",
            "Publish an office's statistics to a municipality (the corporation's choice)", Set.of(Role.TENANT_ADMIN));
    static final Privilege STATISTICS_READ = new Privilege("sharing:statistics.read", "公表された統計の閲覧 (市町村)",
            "Read the statistics offices published (municipality)", Set.of(Role.TENANT_ADMIN, Role.MUNICIPAL_OFFICER));

    @Override
    public String key() {
        return "sharing";
    }

    @Override
    public String nameJa() {
        return "事業所間の共有";
    }

    @Override
    public String nameEn() {
        return "Sharing between offices";
    }

    @Override
    public Set<ServiceType> serviceTypes() {
        return EnumSet.allOf(ServiceType.class);
    }

    @Override
    public Set<String> requires() {
        return Set.of("planning");
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("共有の同意", "Consents to share", "/sharing/consents"),
                new NavigationEntry("共有された記録", "Shared with us", "/sharing/inbox"),
                new NavigationEntry("利用者の状況 (共有)", "Clients at their offices", "/sharing/dashboard"),
                new NavigationEntry("統計 (市町村)", "Statistics (municipality)", "/sharing/statistics"));
    }

    @Override
    public List<Privilege> privileges() {
        return List.of(CONSENT_READ, CONSENT_MANAGE, INBOX_READ, CLAIM, STATISTICS_PUBLISH, STATISTICS_READ);
    }
}
