package jp.tsunagu.workspace.internal.domain;

/** Service given away from the office: 施設外就労 (work at a client's site) or 施設外支援 (support at a company). */
public enum Offsite {
    WORK, SUPPORT
}
