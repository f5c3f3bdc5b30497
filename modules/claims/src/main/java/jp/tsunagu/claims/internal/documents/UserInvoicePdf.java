package jp.tsunagu.claims.internal.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The user's invoice and receipt (利用者負担額の請求書・領収書) of a closed month: per person one A4 page with the invoice
 * above and the receipt below (cut along the line), the service, the days, the total cost, the user's charge as
 * claimed ({@code templates/claims/invoice-pdf.html}, the shipped Japanese font).
 */
@Component
class UserInvoicePdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;

    UserInvoicePdf(TemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** One person's page. */
    record Page(String name, String kana, String certificateNumber, int days, Yen cost, Yen charge) {
    }

    byte[] render(String officeName, String officeNumber, String corporation, YearMonth month, ServiceType type, LocalDate issuedOn, List<Page> pages,
                  Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("office", officeName);
        context.setVariable("officeNumber", officeNumber);
        context.setVariable("corporation", corporation);
        context.setVariable("month", month);
        context.setVariable("type", type);
        context.setVariable("issuedOn", issuedOn);
        context.setVariable("pages", pages);
        return pdf.render(templates.process("claims/invoice-pdf", context));
    }
}
