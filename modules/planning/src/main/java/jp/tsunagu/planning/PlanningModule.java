package jp.tsunagu.planning;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.NavigationEntry;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/** The planning module's descriptor: key {@code planning}, its privileges and menu entries. */
@Component
class PlanningModule implements BusinessModule {
    static final String KEY = "planning";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameJa() {
        return "利用者・個別支援計画";
    }

    @Override
    public String nameEn() {
        return "Persons and support plans";
    }

    @Override
    public Set<ServiceType> serviceTypes() {
        return Set.of(ServiceType.TRANSITION, ServiceType.TYPE_A, ServiceType.TYPE_A_NON_EMPLOYED, ServiceType.TYPE_B,
                ServiceType.RETENTION, ServiceType.EMPLOYMENT_SELECTION, ServiceType.CONSULTATION);
    }

    @Override
    public List<Privilege> privileges() {
        Set<Role> staff = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF,
                Role.CONSULTATION_SPECIALIST);
        Set<Role> managers = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.CONSULTATION_SPECIALIST);
        return List.of(
                new Privilege("planning:person.read", "利用者台帳の閲覧", "Read persons", staff),
                new Privilege("planning:person.manage", "利用者台帳の登録・変更", "Register and change persons", managers),
                new Privilege("planning:certificate.manage", "受給者証・利用契約の登録", "Enter certificates and contracts", managers),
                new Privilege("planning:plan.read", "個別支援計画の閲覧", "Read support plans", staff),
                new Privilege("planning:plan.write", "個別支援計画の作成・会議・モニタリングの記録", "Draft plans, record meetings and monitoring", staff),
                new Privilege("planning:assessment.restricted", "アセスメントの検査結果 (WAIS/WISC 等) の閲覧・記録",
                        "Read and record assessment test results (WAIS/WISC …)", managers),
                new Privilege("planning:plan.approve", "個別支援計画の同意・交付の記録", "Record consent and delivery of plans", managers));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("利用者", "Persons", "/planning/persons"),
                new NavigationEntry("モニタリング予定", "Monitoring due", "/planning/monitoring"));
    }
}
