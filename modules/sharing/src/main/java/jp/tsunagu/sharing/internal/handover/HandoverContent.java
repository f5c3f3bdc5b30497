package jp.tsunagu.sharing.internal.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.tsunagu.kernel.Problem;

/**
 * The intake handover (共通フォーマット) as one office records it: the disability certificate (手帳) kind and grade,
 * intelligence test results (WAIS/WISC), the person's sex and age and family (drawn as a genogram), social resources (an
 * ecomap), the support history, the person's wishes, notes. Kept as one document: the office that receives it may take
 * it over as its own and extend it.
 */
public record HandoverContent(CertificateKind certificateKind, String certificateGrade, Sex personSex, Integer personAge,
                              List<IntelligenceTest> intelligenceTests, List<FamilyMember> family, List<SocialResource> resources,
                              List<HistoryEntry> history, String wishes, String notes) {
    static final int MAX_ROWS = 20;

    public HandoverContent {
        intelligenceTests = intelligenceTests == null ? List.of() : intelligenceTests.stream().filter(Objects::nonNull).toList();
        family = family == null ? List.of() : family.stream().filter(Objects::nonNull).toList();
        resources = resources == null ? List.of() : resources.stream().filter(Objects::nonNull).toList();
        history = history == null ? List.of() : history.stream().filter(Objects::nonNull).toList();
        personSex = personSex == null ? Sex.UNKNOWN : personSex;
    }

    /** 手帳: 身体障害者手帳, 療育手帳, 精神障害者保健福祉手帳, or none. */
    public enum CertificateKind { PHYSICAL, INTELLECTUAL, MENTAL, NONE }

    /** The intelligence scales offices receive results of. */
    public enum Scale { WAIS_III, WAIS_IV, WISC_IV, WISC_V }

    /**
     * An intelligence test's result: the scale, the day, the full-scale IQ and the index scores as reported (言語理解,
     * 知覚推理, ワーキングメモリー, 処理速度), each optional.
     */
    public record IntelligenceTest(Scale scale, LocalDate testedOn, Integer fullScale, Integer verbal, Integer perceptual, Integer workingMemory,
                                   Integer processingSpeed, String note) {
    }

    /** A line of the support history: when (as written: 2019〜2021, H30.4) and what. */
    public record HistoryEntry(String period, String text) {
    }

    /** Refuses what cannot be right, naming the field: the first fault found. */
    void validate(LocalDate today) {
        text("certificateGrade", certificateGrade, 20);
        if (personAge != null && (personAge < 0 || personAge > 120)) {
            throw new Problem.Invalid("personAge", "sharing.handover.age", personAge);
        }
        rows("intelligenceTests", intelligenceTests.size(), 10);
        for (int i = 0; i < intelligenceTests.size(); i++) {
            IntelligenceTest t = intelligenceTests.get(i);
            String at = "intelligenceTests[" + i + "].";
            if (t.scale() == null) {
                throw new Problem.Invalid(at + "scale", "sharing.handover.required");
            }
            if (t.testedOn() != null && t.testedOn().isAfter(today)) {
                throw new Problem.Invalid(at + "testedOn", "sharing.handover.future", t.testedOn());
            }
            score(at + "fullScale", t.fullScale());
            score(at + "verbal", t.verbal());
            score(at + "perceptual", t.perceptual());
            score(at + "workingMemory", t.workingMemory());
            score(at + "processingSpeed", t.processingSpeed());
            text(at + "note", t.note(), 200);
        }
        rows("family", family.size(), MAX_ROWS);
        for (int i = 0; i < family.size(); i++) {
            FamilyMember m = family.get(i);
            String at = "family[" + i + "].";
            if (m.relation() == null) {
                throw new Problem.Invalid(at + "relation", "sharing.handover.required");
            }
            if (m.age() != null && (m.age() < 0 || m.age() > 120)) {
                throw new Problem.Invalid(at + "age", "sharing.handover.age", m.age());
            }
            text(at + "name", m.name(), 50);
            text(at + "note", m.note(), 100);
        }
        rows("resources", resources.size(), MAX_ROWS);
        for (int i = 0; i < resources.size(); i++) {
            SocialResource r = resources.get(i);
            String at = "resources[" + i + "].";
            if (r.name() == null || r.name().isBlank()) {
                throw new Problem.Invalid(at + "name", "sharing.handover.required");
            }
            if (r.tie() == null) {
                throw new Problem.Invalid(at + "tie", "sharing.handover.required");
            }
            text(at + "name", r.name(), 50);
            text(at + "kind", r.kind(), 20);
            text(at + "note", r.note(), 200);
        }
        rows("history", history.size(), 30);
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry h = history.get(i);
            if (h.text() == null || h.text().isBlank()) {
                throw new Problem.Invalid("history[" + i + "].text", "sharing.handover.required");
            }
            text("history[" + i + "].period", h.period(), 50);
            text("history[" + i + "].text", h.text(), 500);
        }
        text("wishes", wishes, 2000);
        text("notes", notes, 2000);
    }

    private static void score(String field, Integer score) {
        if (score != null && (score < 40 || score > 160)) {
            throw new Problem.Invalid(field, "sharing.handover.score", score);
        }
    }

    private static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new Problem.Invalid(field, "sharing.handover.tooLong", max);
        }
    }

    private static void rows(String field, int rows, int max) {
        if (rows > max) {
            throw new Problem.Invalid(field, "sharing.handover.tooMany", max);
        }
    }
}
