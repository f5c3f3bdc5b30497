package jp.tsunagu.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KanaTest {

    @Test
    @DisplayName("a reading files under the row of its first sound: voiced and small kana under their plain row")
    void rows() {
        assertThat(Kana.rows()).containsExactly("ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ヤ", "ラ", "ワ");
        assertThat(Kana.rowOf("ガルベ")).isEqualTo("カ");
        assertThat(Kana.rowOf("パク")).isEqualTo("ハ");
        assertThat(Kana.rowOf("ヴィエト")).isEqualTo("ア");
        assertThat(Kana.rowOf("ンジャメナ")).isEqualTo("ワ");
        assertThat(Kana.rowOf("Smith")).isEmpty();
        assertThat(Kana.rowOf(null)).isEmpty();
    }
}
