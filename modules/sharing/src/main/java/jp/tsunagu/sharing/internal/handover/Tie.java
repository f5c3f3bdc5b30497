package jp.tsunagu.sharing.internal.handover;

/** How strong the tie between the person and a social resource is; the ecomap draws each with its own line. */
public enum Tie {
    STRONG("強い"), NORMAL("普通"), WEAK("弱い"), STRESSFUL("ストレス・対立");

    private final String label;

    Tie(String label) {
        this.label = label;
    }

    /** The Japanese word for the tie. */
    public String label() {
        return label;
    }
}
