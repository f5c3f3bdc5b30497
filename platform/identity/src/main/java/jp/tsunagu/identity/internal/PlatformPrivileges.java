package jp.tsunagu.identity.internal;

import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.modules.Privilege;

/** The privileges of the platform itself (tenancy, modules, identity), beside those the business modules declare. */
final class PlatformPrivileges {
    // Each check (@PreAuthorize, a page's can(...) or require(...)) names one of these or a module's, which a test verifies.
    static final Privilege TENANT_MANAGE = new Privilege("tenancy:tenant.manage", "テナント情報の変更", "Change the tenant",
            Set.of(Role.TENANT_ADMIN));
    static final Privilege OFFICE_MANAGE = new Privilege("tenancy:office.manage", "事業所の登録・変更", "Create and change offices",
            Set.of(Role.TENANT_ADMIN));
    static final Privilege MODULE_MANAGE = new Privilege("modules:module.manage", "事業所ごとの機能の有効化", "Switch modules per office",
            Set.of(Role.TENANT_ADMIN));
    static final Privilege MEMBERSHIP_READ = new Privilege("identity:membership.read", "所属・権限の閲覧", "Read memberships",
            Set.of(Role.TENANT_ADMIN));
    static final Privilege MEMBERSHIP_MANAGE = new Privilege("identity:membership.manage", "所属・権限の変更", "Change memberships",
            Set.of(Role.TENANT_ADMIN));
    static final Privilege RULES_UPLOAD = new Privilege("rules:version.upload", "規則表の新しい版の登録", "Upload new versions of rule tables",
            Set.of(Role.PLATFORM_OPERATOR));
    static final Privilege PARAMETER_MANAGE = new Privilege("rules:parameter.manage", "法人・事業所ごとの設定 (丸め・常勤時間等) の変更",
            "Set the tenant's and offices' local parameters (rounding, full-time hours)", Set.of(Role.TENANT_ADMIN));
    static final Privilege AUDIT_READ = new Privilege("audit:trail.read", "監査記録の閲覧・出力", "Read and export the audit trail",
            Set.of(Role.AUDITOR, Role.TENANT_ADMIN));

    static final List<Privilege> ALL = List.of(TENANT_MANAGE, OFFICE_MANAGE, MODULE_MANAGE, MEMBERSHIP_READ, MEMBERSHIP_MANAGE,
            RULES_UPLOAD, PARAMETER_MANAGE, AUDIT_READ);

    private PlatformPrivileges() {
    }
}
