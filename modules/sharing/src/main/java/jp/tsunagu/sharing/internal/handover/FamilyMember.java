package jp.tsunagu.sharing.internal.handover;

import java.util.Objects;

/**
 * A member of the person's family as the handover records it. {@code name} may be null or blank (the relation, e.g.
 * 父, is enough), {@code age} and {@code note} may be null; a null sex is taken as unknown.
 */
public record FamilyMember(Relation relation, Sex sex, String name, Integer age, boolean deceased, boolean livesWith,
                           boolean keyPerson, String note) {
    public FamilyMember {
        Objects.requireNonNull(relation, "relation");
        sex = sex == null ? Sex.UNKNOWN : sex;
    }
}
