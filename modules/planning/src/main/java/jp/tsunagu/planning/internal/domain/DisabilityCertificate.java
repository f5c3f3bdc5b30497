package jp.tsunagu.planning.internal.domain;

import java.time.LocalDate;

/**
 * 障害者手帳: 身体障害者手帳 (grade 1-6), 療育手帳 (the prefecture's grade text, e.g. A1, B2, 1度) or
 * 精神障害者保健福祉手帳 (grade 1-3), with its validity (the 身体 one usually has no end).
 */
public record DisabilityCertificate(Kind kind, String grade, LocalDate validFrom, LocalDate validUntil) {

    public enum Kind { PHYSICAL, INTELLECTUAL, MENTAL }

    /** The rule the grade breaks, or null when it is valid for the kind. */
    public String gradeProblem() {
        if (kind == null || grade == null || grade.isBlank()) {
            return "planning.disability.gradeRequired";
        }
        return switch (kind) {
            case PHYSICAL -> grade.matches("[1-6]") ? null : "planning.disability.physicalGrade";
            case MENTAL -> grade.matches("[1-3]") ? null : "planning.disability.mentalGrade";
            case INTELLECTUAL -> grade.length() <= 20 ? null : "planning.disability.intellectualGrade";
        };
    }
}
