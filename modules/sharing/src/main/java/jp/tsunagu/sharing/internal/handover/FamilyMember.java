package jp.tsunagu.sharing.internal.handover;

/**
 * A member of the person's family as the handover records it. {@code name} may be null or blank (the relation, e.g.
 * 父, is enough), {@code age} and {@code note} may be null; a null sex is taken as unknown, a flag left out as false
 * (JSON may leave them out). The relation is required: {@link HandoverContent#validate} names it when missing.
 */
public record FamilyMember(Relation relation, Sex sex, String name, Integer age, Boolean deceased, Boolean livesWith,
                           Boolean keyPerson, String note) {
    public FamilyMember {
        sex = sex == null ? Sex.UNKNOWN : sex;
        deceased = Boolean.TRUE.equals(deceased);
        livesWith = Boolean.TRUE.equals(livesWith);
        keyPerson = Boolean.TRUE.equals(keyPerson);
    }
}
