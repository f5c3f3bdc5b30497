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
    private static final Set<Role> STAFF = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF,
            Role.CONSULTATION_SPECIALIST);
    private static final Set<Role> MANAGERS = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER,
            Role.CONSULTATION_SPECIALIST);

    // The module's privileges: each check (@PreAuthorize, a page's can(...)) names one of these, which a test verifies.
    static final Privilege PERSON_READ = new Privilege("planning:person.read", "利用者台帳の閲覧", "Read persons", STAFF);
    static final Privilege PERSON_MANAGE = new Privilege("planning:person.manage", "利用者台帳の登録・変更", "Register and change persons", MANAGERS);
    static final Privilege CERTIFICATE_MANAGE = new Privilege("planning:certificate.manage", "受給者証・利用契約の登録",
            "Enter certificates and contracts", MANAGERS);
    static final Privilege PLAN_READ = new Privilege("planning:plan.read", "個別支援計画の閲覧", "Read support plans", STAFF);
    static final Privilege PLAN_WRITE = new Privilege("planning:plan.write", "個別支援計画の作成・会議・モニタリングの記録",
            "Draft plans, record meetings and monitoring", STAFF);
    static final Privilege ASSESSMENT_RESTRICTED = new Privilege("planning:assessment.restricted",
            "アセスメントの検査結果 (WAIS/WISC 等) の閲覧・記録", "Read and record assessment test results (WAIS/WISC …)", MANAGERS);
    static final Privilege PLAN_APPROVE = new Privilege("planning:plan.approve", "個別支援計画の同意・交付の記録",
            "Record consent and delivery of plans", MANAGERS);

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

    /** Every privilege above, in the order the access pages list them. */
    @Override
    public List<Privilege> privileges() {
        return List.of(PERSON_READ, PERSON_MANAGE, CERTIFICATE_MANAGE, PLAN_READ, PLAN_WRITE, ASSESSMENT_RESTRICTED, PLAN_APPROVE);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("利用者", "Persons", "/planning/persons"),
                new NavigationEntry("モニタリング予定", "Monitoring due", "/planning/monitoring"));
    }
}
