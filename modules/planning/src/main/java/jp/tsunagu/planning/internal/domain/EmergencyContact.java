package jp.tsunagu.planning.internal.domain;

/** 緊急連絡先. */
public record EmergencyContact(String name, String relation, String phone) {
}
