package jp.tsunagu.kernel;

/**
 * サービス種別: the service types an office can be designated for. The display names live in the
 * message bundles under {@code serviceType.<NAME>}.
 */
public enum ServiceType {
    /** 就労移行支援 */
    TRANSITION,
    /** 就労継続支援A型 (employed users) */
    TYPE_A,
    /** 就労継続支援A型, users without an employment contract (雇用によらない利用者) */
    TYPE_A_NON_EMPLOYED,
    /** 就労継続支援B型 */
    TYPE_B,
    /** 就労定着支援 */
    RETENTION,
    /** 就労選択支援 */
    EMPLOYMENT_SELECTION,
    /** 計画相談支援 */
    CONSULTATION
}
