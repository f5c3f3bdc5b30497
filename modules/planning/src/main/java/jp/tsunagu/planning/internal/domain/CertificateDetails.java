package jp.tsunagu.planning.internal.domain;

import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.kernel.Problem;

/**
 * What is entered of a 受給者証 (recipient certificate): its 10-digit number, the issuing municipality (6-digit
 * code and name), its validity, the 利用者負担上限月額 in yen, and the 支給決定 lines.
 */
public record CertificateDetails(String certificateNumber, String municipalityCode, String municipalityName,
                                 LocalDate validFrom, LocalDate validTo, int monthlyCopayCap, List<DecisionDetails> decisions) {

    public CertificateDetails {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /**
     * The rules of a certificate as entered; the first one broken is thrown as 400 naming the field
     * ({@code certificateNumber}, {@code decisions[0].periodTo} …). Nothing is stored when one is broken.
     */
    public void check() {
        if (certificateNumber == null || !certificateNumber.matches("[0-9]{10}")) {
            throw new Problem.Invalid("certificateNumber", "planning.certificate.number");
        }
        if (municipalityCode == null || !municipalityCode.matches("[0-9]{6}")) {
            throw new Problem.Invalid("municipalityCode", "planning.certificate.municipalityCode");
        }
        if (validTo.isBefore(validFrom)) {
            throw new Problem.Invalid("validTo", "planning.period.endBeforeStart");
        }
        if (monthlyCopayCap < 0) {
            throw new Problem.Invalid("monthlyCopayCap", "planning.certificate.copayCap");
        }
        for (int i = 0; i < decisions.size(); i++) {
            check(decisions.get(i), "decisions[" + i + "].");
        }
    }

    private void check(DecisionDetails d, String prefix) {
        if (d.amountKind() == AmountKind.DAYS && d.daysPerMonth() == null) {
            throw new Problem.Invalid(prefix + "daysPerMonth", "planning.decision.daysRequired");
        }
        if (d.amountKind() == AmountKind.DAYS && (d.daysPerMonth() < 1 || d.daysPerMonth() > 31)) {
            throw new Problem.Invalid(prefix + "daysPerMonth", "planning.decision.daysRange");
        }
        if (d.amountKind() == AmountKind.STANDARD_DAYS && d.daysPerMonth() != null) {
            throw new Problem.Invalid(prefix + "daysPerMonth", "planning.decision.daysWithStandard");
        }
        if (d.periodTo().isBefore(d.periodFrom())) {
            throw new Problem.Invalid(prefix + "periodTo", "planning.period.endBeforeStart");
        }
        if (d.periodFrom().isBefore(validFrom) || d.periodFrom().isAfter(validTo)) {
            throw new Problem.Invalid(prefix + "periodFrom", "planning.decision.outsideValidity", validFrom, validTo);
        }
        if (d.periodTo().isAfter(validTo)) {
            throw new Problem.Invalid(prefix + "periodTo", "planning.decision.outsideValidity", validFrom, validTo);
        }
        if (d.provisional() && d.provisionalUntil() == null) {
            throw new Problem.Invalid(prefix + "provisionalUntil", "planning.decision.provisionalUntilRequired");
        }
        if (!d.provisional() && d.provisionalUntil() != null) {
            throw new Problem.Invalid(prefix + "provisionalUntil", "planning.decision.provisionalUntilWithout");
        }
        if (d.provisional() && (d.provisionalUntil().isBefore(d.periodFrom()) || d.provisionalUntil().isAfter(d.periodTo()))) {
            throw new Problem.Invalid(prefix + "provisionalUntil", "planning.decision.provisionalUntilOutside",
                    d.periodFrom(), d.periodTo());
        }
    }
}
