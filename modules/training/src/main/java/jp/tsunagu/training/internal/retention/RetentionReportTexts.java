package jp.tsunagu.training.internal.retention;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The support report's texts ({@code training.retentionReport.*}), with the names of the training module's items. */
final class RetentionReportTexts extends jp.tsunagu.web.DocumentTexts {
    RetentionReportTexts(MessageSource messages, Locale locale) {
        super(messages, locale, "training.retentionReport.", "training.retentionReport.");
    }

    /** With whom a contact was (本人, 企業 …), as the pages name it. */
    public String withWhom(String withWhom) {
        return message("training.retention.withWhom." + withWhom);
    }

    /** Yes or no (あり / なし). */
    public String yesNo(boolean yes) {
        return message("training.retentionReport." + (yes ? "yes" : "no"));
    }
}
