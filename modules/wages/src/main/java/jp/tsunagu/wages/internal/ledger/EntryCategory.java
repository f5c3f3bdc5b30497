package jp.tsunagu.wages.internal.ledger;

/** What an entry of the production activity ledger is: a revenue or an expense, and which. */
public enum EntryCategory {
    /** 売上 (sales of products, the café's takings). */
    SALES(true),
    /** 受託収入 (contract income for work done for a company or the city). */
    CONTRACT_INCOME(true),
    /** 材料費. */
    MATERIALS(false),
    /** 外注費. */
    OUTSOURCING(false),
    /** 按分した光熱水費 (utilities apportioned to the activity). */
    UTILITIES(false),
    /** 生産活動に従事する職員の人件費 (staff of the activity, not the benefit's support staff). */
    STAFF(false),
    /** 設備・備品費. */
    EQUIPMENT(false);

    private final boolean revenue;

    EntryCategory(boolean revenue) {
        this.revenue = revenue;
    }

    public boolean revenue() {
        return revenue;
    }
}
