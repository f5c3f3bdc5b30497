package jp.tsunagu.planning.internal.web;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.ContractService;
import jp.tsunagu.planning.internal.domain.UsageContract;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 利用契約 of the office with a person: start, end, list; and the 契約内容報告書 data of a month as CSV. */
@RestController
@RequiresModule("planning")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}")
class ContractController {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ContractService contracts;
    private final MessageSource messages;

    ContractController(ContractService contracts, MessageSource messages) {
        this.contracts = contracts;
        this.messages = messages;
    }

    @GetMapping("/persons/{personId}/contracts")
    @PreAuthorize("hasAuthority('planning:person.read')")
    List<ContractResponse> list(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return contracts.forPerson(officeId, personId).stream().map(ContractResponse::of).toList();
    }

    @PostMapping("/persons/{personId}/contracts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    ContractResponse start(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody ContractRequest request,
                           Principal user) {
        return ContractResponse.of(contracts.start(officeId, personId,
                new ContractService.NewContract(request.serviceType(), request.startDate(), request.endDate(),
                        request.contractedDays(), request.certificateId()), user.getName()));
    }

    @PostMapping("/persons/{personId}/contracts/{contractId}/end")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    ContractResponse end(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID contractId,
                         @Valid @RequestBody EndRequest request) {
        return ContractResponse.of(contracts.end(officeId, personId, contractId, request.endDate(),
                request.reason().strip()));
    }

    /** 契約内容報告書 data: the contracts that started or ended in {@code month}, as CSV that Excel opens (UTF-8, BOM). */
    @GetMapping("/contracts/report.csv")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    ResponseEntity<byte[]> report(@PathVariable OfficeId officeId, @RequestParam YearMonth month) {
        List<ContractService.ReportLine> lines = contracts.report(officeId, month);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("事業所番号,氏名,フリガナ,受給者証番号,市町村番号,サービス種別,契約支給量(日/月),契約開始日,契約終了日,終了理由\r\n");
        for (ContractService.ReportLine l : lines) {
            csv.append(String.join(",", cell(l.officeNumber()), cell(l.personName()), cell(l.personKana()),
                    cell(l.certificateNumber()), cell(l.municipalityCode()), cell(serviceName(l.serviceType())),
                    String.valueOf(l.contractedDays()), cell(l.startDate()), cell(l.endDate()), cell(l.endReason()))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contract-report-" + month + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String serviceName(ServiceType type) {
        return messages.getMessage("serviceType." + type.name(), null, type.name(), Locale.JAPANESE);
    }

    /** A quoted CSV cell; text that a spreadsheet would take for a formula is prefixed with an apostrophe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        String safe = text.matches("^[=+\\-@\\t\\r].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    record ContractRequest(@NotNull ServiceType serviceType, @NotNull LocalDate startDate, LocalDate endDate,
                           @NotNull @Min(1) @Max(31) Integer contractedDays, @NotNull UUID certificateId) {
    }

    record EndRequest(@NotNull LocalDate endDate, @NotBlank @Size(max = 200) String reason) {
    }

    record ContractResponse(UUID id, PersonId personId, OfficeId officeId, ServiceType serviceType, LocalDate startDate, LocalDate endDate,
                            int contractedDays, UUID certificateId, String certificateNumber, String endReason, boolean ended,
                            Instant createdAt, String createdBy) {
        static ContractResponse of(ContractService.ContractView v) {
            UsageContract c = v.contract();
            return new ContractResponse(c.id(), new PersonId(c.personId()), new OfficeId(c.officeId()), c.serviceType(), c.startDate(), c.endDate(),
                    c.contractedDays(), c.certificateId(), v.certificateNumber(), c.endReason(), c.ended(), c.createdAt(),
                    c.createdBy());
        }
    }
}
