package jp.tsunagu.planning.internal.domain;

/** 障害支援区分: 非該当 or 区分1-6. */
public enum SupportLevel { NOT_APPLICABLE, LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4, LEVEL_5, LEVEL_6 }
