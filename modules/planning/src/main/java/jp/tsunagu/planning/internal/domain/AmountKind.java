package jp.tsunagu.planning.internal.domain;

/** How a 支給決定 states its amount (支給量) per month: a number of days, or 原則の日数 (days of the month − 8). */
public enum AmountKind { DAYS, STANDARD_DAYS }
