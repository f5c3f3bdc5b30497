package jp.tsunagu.claims.internal.documents;

import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.claims.internal.month.MonthlyClaimService;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The claim sheet and the statements of a closed month as one A4 PDF ({@code templates/claims/claim-pdf.html}, the
 * shipped font): first the office's claim (介護給付費等請求書: persons, units, total cost, the benefit claimed, the users'
 * charges), then a statement per person (介護給付費等明細書: certificate, days, each service code line with its units, the
 * unit price, the cost, the share, the charge, the benefit), as the claim file carries them.
 */
@Component
class ClaimSheetPdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;

    ClaimSheetPdf(TemplateEngine templates, PdfDocuments pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] render(String officeName, String officeNumber, String corporation, MonthlyClaimService.MonthClaim claim, LocalDate issuedOn, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("office", officeName);
        context.setVariable("officeNumber", officeNumber);
        context.setVariable("corporation", corporation);
        context.setVariable("c", claim);
        context.setVariable("persons", claim.persons().stream().filter(p -> p.claim() != null).toList());
        context.setVariable("issuedOn", issuedOn);
        return pdf.render(templates.process("claims/claim-pdf", context));
    }
}
