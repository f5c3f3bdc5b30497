package jp.tsunagu.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that lets a recipient's claim meet a consent without the certificate number travelling: HMAC-SHA256 of the
 * number and the municipality code under the platform's secret ({@code tsunagu.sharing.link-secret}), so a key seen by
 * a recipient cannot be turned back into a number by trying them all.
 */
@Component
public class LinkKeys {
    private final byte[] secret;

    LinkKeys(@Value("${tsunagu.sharing.link-secret}") String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("tsunagu.sharing.link-secret is not set");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String of(String certificateNumber, String municipalityCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((certificateNumber + ":" + municipalityCode).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
