package jp.tsunagu.sharing.internal.handover;

/** How a family member relates to the person (本人), with the word the form prints and the genogram row. */
public enum Relation {
    FATHER("父", -1), MOTHER("母", -1), GRANDFATHER("祖父", -2), GRANDMOTHER("祖母", -2),
    SIBLING("きょうだい", 0), SPOUSE("配偶者", 0), CHILD("子", 1), OTHER("その他", 0);

    private final String label;
    private final int generation;

    Relation(String label, int generation) {
        this.label = label;
        this.generation = generation;
    }

    /** The Japanese word for the relation (父, 母, …). */
    public String label() {
        return label;
    }

    /** The genogram row relative to the person's: -2 grandparents, -1 parents, 0 the person's own, +1 children. */
    public int generation() {
        return generation;
    }
}
