package jp.tsunagu.sharing.internal.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.kernel.Problem;

/**
 * The handover page's form: every field as typed (text), rows of each table with blank ones to fill; a row left
 * blank is dropped, a number that is not one refused naming its field. Mutable for data binding.
 */
public class HandoverForm {
    private String certificateKind;
    private String certificateGrade;
    private String personSex;
    private String personAge;
    private List<TestRow> intelligenceTests = new ArrayList<>();
    private List<MemberRow> family = new ArrayList<>();
    private List<ResourceRow> resources = new ArrayList<>();
    private List<HistoryRow> history = new ArrayList<>();
    private String wishes;
    private String notes;

    /** The form of a handover, with {@code blank} more rows in each table. */
    static HandoverForm of(HandoverContent c, int blank) {
        HandoverForm f = new HandoverForm();
        f.certificateKind = c.certificateKind() == null ? "" : c.certificateKind().name();
        f.certificateGrade = c.certificateGrade();
        f.personSex = c.personSex().name();
        f.personAge = c.personAge() == null ? "" : c.personAge().toString();
        for (HandoverContent.IntelligenceTest t : c.intelligenceTests()) {
            TestRow r = new TestRow();
            r.scale = t.scale().name();
            r.testedOn = t.testedOn() == null ? "" : t.testedOn().toString();
            r.fullScale = text(t.fullScale());
            r.verbal = text(t.verbal());
            r.perceptual = text(t.perceptual());
            r.workingMemory = text(t.workingMemory());
            r.processingSpeed = text(t.processingSpeed());
            r.note = t.note();
            f.intelligenceTests.add(r);
        }
        for (FamilyMember m : c.family()) {
            MemberRow r = new MemberRow();
            r.relation = m.relation() == null ? "" : m.relation().name();
            r.sex = m.sex().name();
            r.name = m.name();
            r.age = text(m.age());
            r.deceased = m.deceased();
            r.livesWith = m.livesWith();
            r.keyPerson = m.keyPerson();
            r.note = m.note();
            f.family.add(r);
        }
        for (SocialResource s : c.resources()) {
            ResourceRow r = new ResourceRow();
            r.name = s.name();
            r.kind = s.kind();
            r.tie = s.tie() == null ? "" : s.tie().name();
            r.note = s.note();
            f.resources.add(r);
        }
        for (HandoverContent.HistoryEntry h : c.history()) {
            HistoryRow r = new HistoryRow();
            r.period = h.period();
            r.text = h.text();
            f.history.add(r);
        }
        f.wishes = c.wishes();
        f.notes = c.notes();
        for (int i = 0; i < blank; i++) {
            f.family.add(new MemberRow());
            f.resources.add(new ResourceRow());
            f.history.add(new HistoryRow());
        }
        f.intelligenceTests.add(new TestRow());
        return f;
    }

    /** The document the form stands for; a number or date that is not one is refused naming the field. */
    HandoverContent content() {
        List<HandoverContent.IntelligenceTest> t = new ArrayList<>();
        for (int i = 0; i < intelligenceTests.size(); i++) {
            TestRow r = intelligenceTests.get(i);
            if (blank(r.scale, r.testedOn, r.fullScale, r.verbal, r.perceptual, r.workingMemory, r.processingSpeed, r.note)) {
                continue;
            }
            String at = "intelligenceTests[" + i + "].";
            t.add(new HandoverContent.IntelligenceTest(choice(HandoverContent.Scale.class, at + "scale", r.scale), date(at + "testedOn", r.testedOn),
                    number(at + "fullScale", r.fullScale), number(at + "verbal", r.verbal), number(at + "perceptual", r.perceptual),
                    number(at + "workingMemory", r.workingMemory), number(at + "processingSpeed", r.processingSpeed), trim(r.note)));
        }
        List<FamilyMember> members = new ArrayList<>();
        for (int i = 0; i < family.size(); i++) {
            MemberRow r = family.get(i);
            if (blank(r.relation, r.name, r.age, r.note) && !r.deceased && !r.livesWith && !r.keyPerson) {
                continue; // a new row's sex alone is its default, not an entry
            }
            members.add(new FamilyMember(choice(Relation.class, "family[" + i + "].relation", r.relation), choice(Sex.class, "family[" + i + "].sex", r.sex),
                    trim(r.name), number("family[" + i + "].age", r.age), r.deceased, r.livesWith, r.keyPerson, trim(r.note)));
        }
        List<SocialResource> around = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            ResourceRow r = resources.get(i);
            if (blank(r.name, r.kind, r.note)) {
                continue; // a new row's tie alone is its default, not an entry
            }
            around.add(new SocialResource(trim(r.name), trim(r.kind), blank(r.tie) ? Tie.NORMAL : choice(Tie.class, "resources[" + i + "].tie", r.tie),
                    trim(r.note)));
        }
        List<HandoverContent.HistoryEntry> lines = new ArrayList<>();
        for (HistoryRow r : history) {
            if (blank(r.period, r.text)) {
                continue;
            }
            lines.add(new HandoverContent.HistoryEntry(trim(r.period), trim(r.text)));
        }
        return new HandoverContent(choice(HandoverContent.CertificateKind.class, "certificateKind", certificateKind), trim(certificateGrade),
                choice(Sex.class, "personSex", personSex), number("personAge", personAge), t, members, around, lines, trim(wishes),
                trim(notes));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip());
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid(field, "sharing.handover.choice", s);
        }
    }

    private static boolean blank(String... all) {
        for (String s : all) {
            if (!blank(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static Integer number(String field, String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new Problem.Invalid(field, "sharing.handover.number", s);
        }
    }

    private static LocalDate date(String field, String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Problem.Invalid(field, "sharing.handover.date", s);
        }
    }

    /** A row of intelligence test results. */
    public static class TestRow {
        private String scale;
        private String testedOn;
        private String fullScale;
        private String verbal;
        private String perceptual;
        private String workingMemory;
        private String processingSpeed;
        private String note;

        public String getScale() { return scale; }
        public void setScale(String v) { scale = v; }
        public String getTestedOn() { return testedOn; }
        public void setTestedOn(String v) { testedOn = v; }
        public String getFullScale() { return fullScale; }
        public void setFullScale(String v) { fullScale = v; }
        public String getVerbal() { return verbal; }
        public void setVerbal(String v) { verbal = v; }
        public String getPerceptual() { return perceptual; }
        public void setPerceptual(String v) { perceptual = v; }
        public String getWorkingMemory() { return workingMemory; }
        public void setWorkingMemory(String v) { workingMemory = v; }
        public String getProcessingSpeed() { return processingSpeed; }
        public void setProcessingSpeed(String v) { processingSpeed = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** A row of the family. */
    public static class MemberRow {
        private String relation;
        private String sex = Sex.UNKNOWN.name();
        private String name;
        private String age;
        private boolean deceased;
        private boolean livesWith;
        private boolean keyPerson;
        private String note;

        public String getRelation() { return relation; }
        public void setRelation(String v) { relation = v; }
        public String getSex() { return sex; }
        public void setSex(String v) { sex = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAge() { return age; }
        public void setAge(String v) { age = v; }
        public boolean isDeceased() { return deceased; }
        public void setDeceased(boolean v) { deceased = v; }
        public boolean isLivesWith() { return livesWith; }
        public void setLivesWith(boolean v) { livesWith = v; }
        public boolean isKeyPerson() { return keyPerson; }
        public void setKeyPerson(boolean v) { keyPerson = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** A row of social resources. */
    public static class ResourceRow {
        private String name;
        private String kind;
        private String tie = Tie.NORMAL.name();
        private String note;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getTie() { return tie; }
        public void setTie(String v) { tie = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** A row of the support history. */
    public static class HistoryRow {
        private String period;
        private String text;

        public String getPeriod() { return period; }
        public void setPeriod(String v) { period = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }

    public String getCertificateKind() { return certificateKind; }
    public void setCertificateKind(String v) { certificateKind = v; }
    public String getCertificateGrade() { return certificateGrade; }
    public void setCertificateGrade(String v) { certificateGrade = v; }
    public String getPersonSex() { return personSex; }
    public void setPersonSex(String v) { personSex = v; }
    public String getPersonAge() { return personAge; }
    public void setPersonAge(String v) { personAge = v; }
    public List<TestRow> getIntelligenceTests() { return intelligenceTests; }
    public void setIntelligenceTests(List<TestRow> v) { intelligenceTests = v; }
    public List<MemberRow> getFamily() { return family; }
    public void setFamily(List<MemberRow> v) { family = v; }
    public List<ResourceRow> getResources() { return resources; }
    public void setResources(List<ResourceRow> v) { resources = v; }
    public List<HistoryRow> getHistory() { return history; }
    public void setHistory(List<HistoryRow> v) { history = v; }
    public String getWishes() { return wishes; }
    public void setWishes(String v) { wishes = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
