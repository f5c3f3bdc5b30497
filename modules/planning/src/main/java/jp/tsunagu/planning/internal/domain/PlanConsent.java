package jp.tsunagu.planning.internal.domain;

import java.time.LocalDate;

/**
 * 同意: who agreed (the person, or a family member or guardian), when, and how: a signed paper, a handwritten
 * signature on a tablet, or electronic consent, allowed only where the person agreed beforehand to the
 * electronic method.
 */
public record PlanConsent(String agreedBy, String relation, LocalDate agreedOn, Method method, boolean electronicMethodAgreed) {
    public enum Method { SIGNED_PAPER, TABLET_SIGNATURE, ELECTRONIC }
}
