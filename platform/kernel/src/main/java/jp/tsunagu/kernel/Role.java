package jp.tsunagu.kernel;

/**
 * The roles a membership can hold. Checks are made on privileges, never on role names; a role only
 * selects which privileges a member gets (see each module's descriptor).
 */
public enum Role {
    /** runs the service; sees no personal data */
    PLATFORM_OPERATOR,
    /** 法人管理者: manages offices, modules and memberships of the tenant */
    TENANT_ADMIN,
    /** 事業所管理者 */
    OFFICE_ADMIN,
    /** サービス管理責任者 */
    SERVICE_MANAGER,
    /** 職業指導員・生活支援員・就労支援員 */
    SUPPORT_STAFF,
    /** 相談支援専門員 */
    CONSULTATION_SPECIALIST,
    /** 市町村職員 */
    MUNICIPAL_OFFICER,
    /** reads the audit trail only */
    AUDITOR
}
