package jp.tsunagu.kernel;

/** 地域区分: the regional class of an office, which selects the unit price (単位数単価). */
public enum RegionalClass {
    /** 1級地 */ GRADE_1,
    /** 2級地 */ GRADE_2,
    /** 3級地 */ GRADE_3,
    /** 4級地 */ GRADE_4,
    /** 5級地 */ GRADE_5,
    /** 6級地 */ GRADE_6,
    /** 7級地 */ GRADE_7,
    /** その他 */ OTHER
}
