package jp.tsunagu.claims.internal.file;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One record format of the claim file: its items in order (number, name, attribute, maximum bytes, use in a B型 claim,
 * allowed codes), parsed from the tables in {@link RecordLayouts}, and the item-level checks of claim-file.md §1 and §6.3
 * (3): exact item count, attribute, maximum CP932 bytes without the quotes, ◎ items set, — items empty, allowed codes,
 * no single quote and no control character. Every refusal names the record, the item number and name, and the rule.
 */
record RecordLayout(String id, List<Item> items) {

    /** 英数 (A), 数値 (N), コード値 (C), 漢字 (K): 共通編 1.3.2(1)③ (CONFIRMED). */
    enum Attribute {
        A("英数"), N("数値"), C("コード値"), K("漢字");

        final String label;

        Attribute(String label) {
            this.label = label;
        }
    }

    /** ◎ always set, ○ set when its condition holds, △ optional, — empty for B型 (LIKELY, the 必須表 reading). */
    enum Use {
        REQUIRED, CONDITIONAL, OPTIONAL, UNUSED;

        static Use of(String mark) {
            return switch (mark) {
                case "◎" -> REQUIRED;
                case "○" -> CONDITIONAL;
                case "△" -> OPTIONAL;
                case "—" -> UNUSED;
                default -> throw new IllegalArgumentException("use mark " + mark);
            };
        }
    }

    record Item(int no, String name, Attribute attribute, int maxBytes, Use use, Set<String> allowed) {
        @Override
        public String toString() {
            return "#" + no + " " + name;
        }
    }

    RecordLayout {
        items = List.copyOf(items);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).no() != i + 1) {
                throw new IllegalStateException(id + ": item " + (i + 1) + " is numbered " + items.get(i).no());
            }
        }
    }

    static RecordLayout parse(String id, String table) {
        return new RecordLayout(id, table.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
            String[] c = l.split("\\|");
            Set<String> allowed = c.length > 5 ? Set.copyOf(Arrays.asList(c[5].split("/"))) : Set.of();
            return new Item(Integer.parseInt(c[0]), c[1], Attribute.valueOf(c[2]), Integer.parseInt(c[3]), Use.of(c[4]), allowed);
        }).toList());
    }

    int size() {
        return items.size();
    }

    Item item(int no) {
        return items.get(no - 1);
    }

    /** An error naming this record and one of its items. */
    IllegalArgumentException refuse(int no, String rule) {
        return new IllegalArgumentException(id + " " + item(no) + ": " + rule);
    }

    /** Checks a record's values against the table; refuses with the record, item and rule. */
    void check(List<String> values) {
        if (values.size() != items.size()) {
            throw new IllegalArgumentException(id + ": " + values.size() + " items, the spec's table has exactly " + items.size()
                    + " (AA06 規定の項目数)");
        }
        for (Item item : items) {
            String v = values.get(item.no() - 1);
            if (v == null) {
                throw refuse(item.no(), "null (write an empty item instead)");
            }
            if (v.isEmpty()) {
                if (item.use() == Use.REQUIRED) {
                    throw refuse(item.no(), "required (◎) but empty");
                }
                continue;
            }
            if (item.use() == Use.UNUSED) {
                throw refuse(item.no(), "must stay empty for a B型 claim (—), got '" + v + "'");
            }
            for (char c : v.toCharArray()) {
                if (c == '\'' || c < 0x20) {
                    throw refuse(item.no(), "forbidden character U+%04X (single quote or control character, 共通編 1.2.2(3)(4))".formatted((int) c));
                }
            }
            if (!Cp932.encodable(v)) {
                throw refuse(item.no(), "'" + v + "' has a character CP932 cannot encode");
            }
            checkAttribute(item, v);
            int bytes = Cp932.encode(v).length;
            if (bytes > item.maxBytes()) {
                throw refuse(item.no(), bytes + " bytes > " + item.maxBytes() + " (CP932, quotes excluded): '" + v + "'");
            }
            if (!item.allowed().isEmpty() && !item.allowed().contains(v)) {
                throw refuse(item.no(), "'" + v + "' is not one of the allowed codes " + item.allowed());
            }
        }
    }

    private void checkAttribute(Item item, String v) {
        boolean ok = switch (item.attribute()) {
            // a leading half-width minus for a negative number (1.3.2)
            case N -> v.matches("-?[0-9]+");
            case C -> v.matches("[0-9]+");
            // A-Z, 0-9, half-width katakana, space and the double quote: no lower case, no 2-byte character
            case A -> v.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '"'
                    || (c >= 0xFF61 && c <= 0xFF9F));
            // 2-byte characters only (「半角の英字、数字、カナ文字を混在させない」), kept to JIS X 0208
            case K -> v.chars().allMatch(c -> Cp932.jisX0208((char) c));
        };
        if (!ok) {
            throw refuse(item.no(), "'" + v + "' does not fit the attribute " + item.attribute().label
                    + (item.attribute() == Attribute.K ? " (2-byte JIS X 0208 characters only, no half-width character: AE03)" : ""));
        }
    }
}
