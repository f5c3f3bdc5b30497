package jp.tsunagu.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DrawnSignatureTest {
    private static final String DOT = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Test
    @DisplayName("a PNG data URL is a signature; another image, text called a PNG, broken base64, nothing, and one too long are not")
    void onlyAPng() {
        assertThat(DrawnSignature.isPng(DOT)).isTrue();
        assertThat(DrawnSignature.isPng(DOT.replace("image/png", "image/jpeg"))).isFalse();
        assertThat(DrawnSignature.isPng("data:image/png;base64,aGVsbG8gd29ybGQsIG5vdCBhIHBuZw==")).isFalse();
        assertThat(DrawnSignature.isPng("data:image/png;base64,%%%")).isFalse();
        assertThat(DrawnSignature.isPng(null)).isFalse();
        assertThat(DrawnSignature.isPng(DOT + "A".repeat(DrawnSignature.MAX_LENGTH))).isFalse();
    }
}
