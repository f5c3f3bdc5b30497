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

    @Override
    public List<Privilege> privileges() {
        return List.of(
                new Privilege("workspace:config.read", "作業場所・作業内容・グループの閲覧", "Read groups, areas and contents",
                        Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF)),
                new Privilege("workspace:attendance.read", "出欠・サービス提供記録の閲覧", "Read attendance and service records",
                        Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF)),
                new Privilege("workspace:attendance.write", "出欠・サービス提供記録の記録", "Record attendance and service",
                        Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER, Role.SUPPORT_STAFF)),
                new Privilege("workspace:month.close", "実績の締め (月の確定)", "Close a month of records",
                        Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER)),
                new Privilege("workspace:config.manage", "作業場所・作業内容・グループの設定", "Configure groups, areas and contents",
                        Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER)),
                new Privilege("workspace:staffing.read", "職員・人員配置 (常勤換算) の閲覧", "Read staff and staffing (full-time equivalents)",
                        Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN, Role.SERVICE_MANAGER)),
                new Privilege("workspace:staffing.manage", "職員・勤務時間・人員配置区分の登録", "Enter staff, their hours and the staffing level",
                        Set.of(Role.TENANT_ADMIN, Role.OFFICE_ADMIN)));
    }
}
