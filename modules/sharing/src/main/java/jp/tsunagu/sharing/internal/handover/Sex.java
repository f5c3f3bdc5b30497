package jp.tsunagu.sharing.internal.handover;

/** The sex a genogram symbol shows: a square, a circle, or a diamond when not known. */
public enum Sex {
    MALE, FEMALE, UNKNOWN
}
