package jp.tsunagu.employment.internal.documents;

import java.util.Locale;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import org.springframework.context.MessageSource;

/**
 * The payroll documents' labels from the message bundles ({@code messages/employment*.properties}) in the language asked
 * for: Japanese for the copy handed out or filed, English for a staff member who reads the screens in English. Each
 * document reads its own keys ({@code prefix}: employment.payslip., employment.wageLedger. …) and the ones the payroll
 * documents share ({@code employment.payrollDoc.*}: the items, the heads, units). A missing label fails the document
 * rather than printing its key. Templates call it too ({@code ${t.get('title', …)}}).
 */
final class PayrollLabels extends jp.tsunagu.web.DocumentTexts {
    private static final String SHARED = "employment.payrollDoc.";

    PayrollLabels(MessageSource messages, Locale locale, String prefix) {
        super(messages, locale, prefix, SHARED);
    }

    /** A payslip line's name: 基本給, 雇用保険料 … */
    public String item(Item item) {
        return shared("item." + item.name());
    }

    /** Days worked: 3日, or 3 days (1 day). */
    public String days(int days) {
        return message(SHARED + "days", days);
    }
}
