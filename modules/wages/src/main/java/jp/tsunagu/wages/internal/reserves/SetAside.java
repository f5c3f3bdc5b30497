package jp.tsunagu.wages.internal.reserves;

import jp.tsunagu.kernel.Yen;

/**
 * What the run of a fiscal year's last month holds back for the reserves (積立): to the 工賃 reserve
 * ({@code kouchin}) and to the equipment reserve ({@code equipment}), both whole yen (zero for none), under the board's
 * {@code resolution} (理事会等の決議: its date and reference), with the acquisition cost of the production assets
 * ({@code assetCost}) that bounds the equipment reserve's balance.
 */
public record SetAside(Yen kouchin, Yen equipment, String resolution, Yen assetCost) {
    public static final SetAside NONE = new SetAside(Yen.ZERO, Yen.ZERO, null, null);

    public SetAside {
        kouchin = kouchin == null ? Yen.ZERO : kouchin;
        equipment = equipment == null ? Yen.ZERO : equipment;
        resolution = resolution == null || resolution.isBlank() ? null : resolution.strip();
    }

    /** What the run holds back in all. */
    public Yen total() {
        return kouchin.plus(equipment);
    }

    public boolean isNone() {
        return kouchin.isZero() && equipment.isZero();
    }
}
