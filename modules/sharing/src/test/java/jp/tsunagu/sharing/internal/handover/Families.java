package jp.tsunagu.sharing.internal.handover;

import java.util.List;

/** Families and resources the handover drawing tests share. */
final class Families {
    private Families() {}

    static FamilyMember member(Relation relation, Sex sex, Integer age, boolean livesWith) {
        return new FamilyMember(relation, sex, null, age, false, livesWith, false, null);
    }

    /** Father deceased (age unknown), mother 62 living with the person and key person, older brother 38 apart. */
    static final FamilyMember FATHER = new FamilyMember(Relation.FATHER, Sex.MALE, null, null, true, false, false, "2019年 逝去");
    static final FamilyMember MOTHER = new FamilyMember(Relation.MOTHER, Sex.FEMALE, "花子", 62, false, true, true, "パート勤務");
    static final FamilyMember BROTHER = new FamilyMember(Relation.SIBLING, Sex.MALE, "兄 一郎", 38, false, false, false, "県外在住");
    static final List<FamilyMember> FAMILY = List.of(FATHER, MOTHER, BROTHER);

    static final List<SocialResource> RESOURCES = List.of(
            new SocialResource("さくら就労継続支援B型事業所", "就労", Tie.STRONG, null),
            new SocialResource("みどり心療内科クリニック", "医療", Tie.NORMAL, "月1回通院"),
            new SocialResource("市役所 障害福祉課", "行政", Tie.WEAK, null),
            new SocialResource("相談支援事業所みのり", "福祉", Tie.NORMAL, null),
            new SocialResource("ハローワーク", "就労", Tie.STRESSFUL, null),
            new SocialResource("高校時代の友人", "インフォーマル", Tie.WEAK, null));
}
