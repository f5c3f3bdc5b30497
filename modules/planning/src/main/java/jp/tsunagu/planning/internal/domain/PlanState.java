package jp.tsunagu.planning.internal.domain;

/** Where a plan version is in the cycle: draft → reviewed (meeting) → agreed (consent) → delivered → superseded or ended. */
public enum PlanState { DRAFT, REVIEWED, AGREED, DELIVERED, SUPERSEDED, ENDED;

    /** Agreed and later versions are never changed again. */
    public boolean locked() {
        return this != DRAFT && this != REVIEWED;
    }
}
