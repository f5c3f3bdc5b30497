package jp.tsunagu.claims.internal.caps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.claims.internal.month.ClaimClose;
import jp.tsunagu.claims.internal.month.MonthlyClaimService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.Tenants;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 利用者負担上限額管理結果票: what the managing office sends the other offices each month, one A4 page a person it manages
 * ({@code templates/claims/cap-result-pdf.html}, the shipped font): the cap, every office's charge before management and
 * after it, the result (1, 2, 3). From the claim kept at the close once the month is closed, else as the month computes
 * now (marked as a preview). Audited as an export about each person.
 */
@Service
public class CapResultSheets {
    private final ClaimClose close;
    private final MonthlyClaimService claims;
    private final Offices offices;
    private final Tenants tenants;
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final Clock clock;

    CapResultSheets(ClaimClose close, MonthlyClaimService claims, Offices offices, Tenants tenants, TemplateEngine templates, PdfDocuments pdf,
                    AuditTrail audit, Clock clock) {
        this.close = close;
        this.claims = claims;
        this.offices = offices;
        this.tenants = tenants;
        this.templates = templates;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public byte[] render(OfficeId officeId, YearMonth month, Locale locale) {
        OfficeSummary office = offices.require(officeId);
        if (month == null) {
            throw new Problem.Invalid("month", "claims.profile.required");
        }
        var closed = close.content(officeId, ServiceType.TYPE_B, month);
        MonthlyClaimService.MonthClaim claim = closed.orElseGet(() -> claims.month(officeId, ServiceType.TYPE_B, month));
        List<MonthlyClaimService.PersonClaim> managed = claim.persons().stream()
                .filter(p -> p.capManagement() != null && p.capManagement().managedHere() && p.capManagement().recorded()).toList();
        if (managed.isEmpty()) {
            throw new Problem.Conflict("claims.cap.noSheets", month);
        }
        audit.recordAll(managed.stream().map(p -> AuditEvent.of(AuditEvent.Action.EXPORT, "claim_cap_result", month.toString()).inOffice(officeId)
                .about(p.personId().value()).withDetails("上限額管理結果票 pdf" + (closed.isPresent() ? "" : " (preview)"))).toList());
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("office", office.name());
        context.setVariable("officeNumber", office.officeNumber());
        context.setVariable("corporation", tenants.currentName());
        context.setVariable("month", month);
        context.setVariable("persons", managed);
        context.setVariable("preview", closed.isEmpty());
        context.setVariable("issuedOn", LocalDate.now(clock));
        return pdf.render(templates.process("claims/cap-result-pdf", context));
    }
}
