package jp.tsunagu.training;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.NavigationEntry;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/**
 * The training module's descriptor: key {@code training}, offices offering 就労移行支援, 就労定着支援 or 就労選択支援;
 * requires {@code workspace} (attendance; workspace in turn requires planning: who is served, for what, until when).
 */
@Component
class TrainingModule implements BusinessModule {
    private static final Set<Role> STAFF = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF);

    // The module's privileges: each check (@PreAuthorize, a page's can(...)) names one of these, which a test verifies.
    static final Privilege SUPPORT_READ = new Privilege("training:support.read", "就労移行・定着・選択支援の記録の閲覧 (利用期間・実習・就職・定着支援・アセスメント)",
            "Read transition, retention and selection support records (usage periods, practicums, placements, follow-up, assessments)", STAFF);
    static final Privilege SUPPORT_WRITE = new Privilege("training:support.write", "就労移行・定着・選択支援の記録 (利用期間の延長の申請と決定を含む)",
            "Record transition, retention and selection support (including usage period extensions and their decisions)",
            Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER));

    @Override
    public String key() {
        return "training";
    }

    @Override
    public String nameJa() {
        return "就労移行・定着・選択支援";
    }

    @Override
    public String nameEn() {
        return "Transition, retention and selection support";
    }

    @Override
    public Set<ServiceType> serviceTypes() {
        return Set.of(ServiceType.TRANSITION, ServiceType.RETENTION, ServiceType.EMPLOYMENT_SELECTION);
    }

    @Override
    public Set<String> requires() {
        return Set.of("workspace");
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("利用期間", "Usage periods", "/training/periods"),
                new NavigationEntry("プログラム", "Programme", "/training/programme"),
                new NavigationEntry("就職と定着", "Placements", "/training/placements"),
                new NavigationEntry("就労定着率", "Retention rate", "/training/retention"),
                new NavigationEntry("就労選択支援", "Employment selection", "/training/assessments"),
                new NavigationEntry("就労定着支援", "Retention support", "/training/retention-support"),
                new NavigationEntry("職場実習", "Workplace practicums", "/training/practicums"),
                new NavigationEntry("求職活動", "Job search", "/training/job-search"),
                new NavigationEntry("企業台帳", "Company directory", "/training/companies"),
                new NavigationEntry("統計", "Statistics", "/training/statistics"));
    }

    /** Every privilege above, in the order the access pages list them. */
    @Override
    public List<Privilege> privileges() {
        return List.of(SUPPORT_READ, SUPPORT_WRITE);
    }
}
