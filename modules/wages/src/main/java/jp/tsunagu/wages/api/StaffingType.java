package jp.tsunagu.wages.api;

/**
 * 就労継続支援B型サービス費の区分 (人員配置): (Ⅰ) 6:1, (Ⅱ) 7.5:1 and (Ⅲ) 10:1 are paid by the tier of the average monthly
 * 工賃; (Ⅳ) to (Ⅵ) are flat. The names are the keys of the rule table {@code type-b-base-units}.
 */
public enum StaffingType {
    I, II, III, IV, V, VI;

    /** Whether the base units depend on the average monthly 工賃 (types Ⅰ to Ⅲ). */
    public boolean byAverage() {
        return ordinal() <= III.ordinal();
    }
}
