package jp.tsunagu.workspace.internal.domain;

/**
 * What a staff member does in an assignment: 職業指導員 ({@code VocationalInstructor}), 生活支援員
 * ({@code LifeSupportWorker}), 就労支援員 ({@code EmploymentSupportWorker}), サービス管理責任者 ({@code ServiceManager}).
 * Which of them count for a staffing ratio is rule data (table {@code staffing-ratio}, column {@code roles}).
 */
public enum StaffRole {
    VOCATIONAL_INSTRUCTOR, LIFE_SUPPORT_WORKER, EMPLOYMENT_SUPPORT_WORKER, SERVICE_MANAGER
}
