package jp.tsunagu.kernel;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 五十音 rows (ア行, カ行, …) by which Japanese lists and the tablet's name picker are grouped. */
public final class Kana {
    private static final Map<String, String> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("ア", "アイウエオァィゥェォヴ");
        ROWS.put("カ", "カキクケコ");
        ROWS.put("サ", "サシスセソ");
        ROWS.put("タ", "タチツテトッ");
        ROWS.put("ナ", "ナニヌネノ");
        ROWS.put("ハ", "ハヒフヘホ");
        ROWS.put("マ", "マミムメモ");
        ROWS.put("ヤ", "ヤユヨャュョ");
        ROWS.put("ラ", "ラリルレロ");
        ROWS.put("ワ", "ワヲンヮ");
    }

    private Kana() {
    }

    /** The rows' heads in order: ア, カ, サ, タ, ナ, ハ, マ, ヤ, ラ, ワ. */
    public static List<String> rows() {
        return List.copyOf(ROWS.keySet());
    }

    /** The row a reading starts in: {@code ガルベ} → {@code カ} (voiced sounds file under their plain row); empty if none. */
    public static String rowOf(String kana) {
        if (kana == null || kana.isEmpty()) {
            return "";
        }
        String base = Normalizer.normalize(kana.substring(0, 1), Normalizer.Form.NFD).substring(0, 1);
        return ROWS.entrySet().stream().filter(e -> e.getValue().contains(base)).map(Map.Entry::getKey).findFirst().orElse("");
    }
}
