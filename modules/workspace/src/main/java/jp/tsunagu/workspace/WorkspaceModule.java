package jp.tsunagu.workspace;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.NavigationEntry;
import jp.tsunagu.modules.Privilege;
import org.springframework.stereotype.Component;

/** The workspace module's descriptor: key {@code workspace}, requires {@code planning} (persons and contracts). */
@Component
class WorkspaceModule implements BusinessModule {
    private static final Set<Role> STAFF = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF);
    private static final Set<Role> MANAGERS = Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER);

    // The module's privileges: each check (@PreAuthorize, a page's can(...)) names one of these, which a test verifies.
    static final Privilege CONFIG_READ = new Privilege("workspace:config.read", "作業場所・作業内容・グループの閲覧",
            "Read groups, areas and contents", STAFF);
    static final Privilege ATTENDANCE_READ = new Privilege("workspace:attendance.read", "出欠・サービス提供記録の閲覧",
            "Read attendance and service records", STAFF);
    static final Privilege ATTENDANCE_WRITE = new Privilege("workspace:attendance.write", "出欠・サービス提供記録の記録",
            "Record attendance and service", STAFF);
    static final Privilege MONTH_CLOSE = new Privilege("workspace:month.close", "実績の締め (月の確定)", "Close a month of records", MANAGERS);
    static final Privilege CONFIG_MANAGE = new Privilege("workspace:config.manage", "作業場所・作業内容・グループの設定",
            "Configure groups, areas and contents", MANAGERS);
    static final Privilege STAFFING_READ = new Privilege("workspace:staffing.read", "職員・人員配置 (常勤換算) の閲覧",
            "Read staff and staffing (full-time equivalents)", MANAGERS);
    static final Privilege STAFFING_MANAGE = new Privilege("workspace:staffing.manage", "職員・勤務時間・人員配置区分の登録",
            "Enter staff, their hours and the staffing level", Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN));


    @Override
    public String key() {
        return "workspace";
    }

    @Override
    public String nameJa() {
        return "作業・出欠";
    }

    @Override
    public String nameEn() {
        return "Workspace and attendance";
    }

    @Override
    public Set<ServiceType> serviceTypes() {
        return Set.of(ServiceType.TRANSITION, ServiceType.TYPE_A, ServiceType.TYPE_A_NON_EMPLOYED, ServiceType.TYPE_B,
                ServiceType.EMPLOYMENT_SELECTION);
    }

    @Override
    public Set<String> requires() {
        return Set.of("planning");
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("出欠ボード", "Attendance board", "/workspace/board"),
                new NavigationEntry("タブレット受付", "Tablet check-in", "/workspace/tablet"),
                new NavigationEntry("実績記録票", "Monthly record sheets", "/workspace/sheets"),
                new NavigationEntry("グループ・作業場所", "Groups and areas", "/workspace/config"));
    }

    /** Every privilege above, in the order the access pages list them. */
    @Override
    public List<Privilege> privileges() {
        return List.of(CONFIG_READ, ATTENDANCE_READ, ATTENDANCE_WRITE, MONTH_CLOSE, CONFIG_MANAGE, STAFFING_READ, STAFFING_MANAGE);
    }
}
