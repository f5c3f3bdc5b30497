package jp.tsunagu.planning.internal.domain;

/** 家族: a family member, whether they live together, and a note. */
public record FamilyMember(String name, String relation, boolean livesTogether, String note) {
}
