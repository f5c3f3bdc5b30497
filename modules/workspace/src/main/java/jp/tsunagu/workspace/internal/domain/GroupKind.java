package jp.tsunagu.workspace.internal.domain;

import jp.tsunagu.kernel.ServiceType;

/** What a group's users are: employed A型, non-employed A型, B型, 就労移行支援, 就労選択支援. */
public enum GroupKind {
    EMPLOYED_A(ServiceType.TYPE_A), NON_EMPLOYED_A(ServiceType.TYPE_A_NON_EMPLOYED), TYPE_B(ServiceType.TYPE_B),
    TRANSITION(ServiceType.TRANSITION), EMPLOYMENT_SELECTION(ServiceType.EMPLOYMENT_SELECTION);

    private final ServiceType serviceType;

    GroupKind(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    /** Employed A型 users work apart from non-employed A型 and B型 users (and the other way round). */
    public boolean mustBeSeparatedFrom(GroupKind other) {
        boolean employed = this == EMPLOYED_A;
        boolean otherEmployed = other == EMPLOYED_A;
        boolean freeAttendance = this == NON_EMPLOYED_A || this == TYPE_B;
        boolean otherFree = other == NON_EMPLOYED_A || other == TYPE_B;
        return (employed && otherFree) || (freeAttendance && otherEmployed);
    }
}
