package jp.tsunagu.wages.internal.average;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.wages.api.StaffingType;
import jp.tsunagu.wages.internal.domain.AverageKouchin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 平均工賃月額: a fiscal year's average with its steps and the tiers it sets (WG-1), the office's history, its reward
 * profile and its target 工賃. Fiscal years are named by the year they start in ({@code 2025} = FY2025 = 令和7年度);
 * amounts are whole yen (JSON integers).
 */
@RestController
@RequiresModule("wages")
@RequestMapping("/api/v1/offices/{officeId}/wages/average")
class AverageController {
    private final AverageService average;
    private final KouchinReport report;

    AverageController(AverageService average, KouchinReport report) {
        this.average = average;
        this.report = report;
    }

    /** 工賃実績報告 of the fiscal year as CSV (for the prefecture's form or Excel). */
    @GetMapping("/{fiscalYear}/report.csv")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    org.springframework.http.ResponseEntity<String> reportCsv(@PathVariable OfficeId officeId, @PathVariable int fiscalYear,
                                                              java.util.Locale locale) {
        return jp.tsunagu.web.Downloads.csv(report.csv(average.report(officeId, AverageService.fiscalYear(fiscalYear)), locale),
                "kouchin-jisseki-FY" + fiscalYear + ".csv");
    }

    /** 工賃実績報告 of the fiscal year as an A4 PDF. */
    @GetMapping("/{fiscalYear}/report.pdf")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    org.springframework.http.ResponseEntity<byte[]> reportPdf(@PathVariable OfficeId officeId, @PathVariable int fiscalYear,
                                                              java.util.Locale locale) {
        return jp.tsunagu.web.Downloads.pdf(report.pdf(average.report(officeId, AverageService.fiscalYear(fiscalYear)), locale),
                "kouchin-jisseki-FY" + fiscalYear + ".pdf");
    }

    @GetMapping("/{fiscalYear}")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    YearView year(@PathVariable OfficeId officeId, @PathVariable int fiscalYear) {
        return YearView.of(average.year(officeId, AverageService.fiscalYear(fiscalYear)));
    }

    @GetMapping("/history")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    List<HistoryView> history(@PathVariable OfficeId officeId) {
        return average.history(officeId).stream().map(HistoryView::of).toList();
    }

    /** The reward profile's versions, newest first. */
    @GetMapping("/profile")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    List<ProfileView> profile(@PathVariable OfficeId officeId) {
        return average.profiles(officeId).stream().map(ProfileView::of).toList();
    }

    /** Stores the version of the reward profile starting in {@code effectiveMonth}, or replaces it. */
    @PutMapping("/profile")
    @PreAuthorize("hasAuthority('wages:average.write')")
    ProfileView saveProfile(@PathVariable OfficeId officeId, @Valid @RequestBody ProfileRequest r, Principal user) {
        return ProfileView.of(average.saveProfile(officeId, r.effectiveMonth(), r.terms(), user.getName()));
    }

    @PutMapping("/targets/{fiscalYear}")
    @PreAuthorize("hasAuthority('wages:average.write')")
    TargetView saveTarget(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, @Valid @RequestBody TargetRequest r, Principal user) {
        return TargetView.of(average.saveTarget(officeId, AverageService.fiscalYear(fiscalYear), Yen.of(r.targetYen()), r.plan(),
                user.getName()));
    }

    /**
     * A version of the reward profile: {@code staffing} I to VI, {@code revisionStatus} IN_SCOPE, EXEMPT (with
     * {@code evidence} and {@code evidenceRecordedOn}) or STANDARD, {@code designatedOn} the office's designation date.
     */
    record ProfileRequest(@NotNull YearMonth effectiveMonth, @NotNull StaffingType staffing, @NotNull TypeBBaseUnits.Variant revisionStatus,
                          @Size(max = 500) String evidence, LocalDate evidenceRecordedOn, @NotNull LocalDate designatedOn,
                          @Size(max = 500) String note) {
        RewardProfile.Terms terms() {
            return new RewardProfile.Terms(staffing, revisionStatus, evidence, evidenceRecordedOn, designatedOn, note);
        }
    }

    /** The target average monthly 工賃 of a year (whole yen) and the 工賃向上計画 in words. */
    record TargetRequest(@NotNull @PositiveOrZero @Max(1_000_000) Long targetYen, @Size(max = 2000) String plan) {
    }

    record ProfileView(UUID id, YearMonth effectiveMonth, StaffingType staffing, TypeBBaseUnits.Variant revisionStatus, String evidence,
                       LocalDate evidenceRecordedOn, LocalDate designatedOn, String note, Instant createdAt, String createdBy) {
        static ProfileView of(RewardProfile p) {
            RewardProfile.Terms t = p.terms();
            return new ProfileView(p.id(), p.effectiveMonth(), t.staffing(), t.revisionStatus(), t.evidence(), t.evidenceRecordedOn(),
                    t.designatedOn(), t.note(), p.createdAt(), p.createdBy());
        }
    }

    record TargetView(int fiscalYear, long targetYen, String plan) {
        static TargetView of(AverageService.Target t) {
            return new TargetView(t.year().startYear(), t.target().value(), t.plan());
        }
    }

    /** How the table rounds: the users per day to {@code usersPerDayScale} decimals by {@code usersPerDay}, the yen by {@code average}. */
    record RoundingView(int usersPerDayScale, String usersPerDay, int months, String average) {
    }

    /**
     * The tier of the service months {@code serviceMonth} to {@code until}: the table version ({@code tableFrom}) and the
     * office's revision status ({@code variant}), the tier and its units per day; {@code profileMissing} where the office
     * has no reward profile in force (then nothing else).
     */
    record TierView(YearMonth serviceMonth, YearMonth until, boolean profileMissing, String basis, StaffingType staffing,
                    TypeBBaseUnits.Variant variant, Integer capacity, LocalDate tableFrom, String tier, String tierLabel, Long tierFrom,
                    Long tierTo, Long averageUsed, Integer units) {
        static TierView of(AverageService.TierRow row) {
            if (row.tier().isEmpty()) {
                return new TierView(row.from(), row.until(), true, null, null, null, null, null, null, null, null, null, null, null);
            }
            AverageKouchin.Tier t = row.tier().get();
            return new TierView(row.from(), row.until(), false, t.basis().name(), t.staffing(), t.variant(), t.capacity(),
                    t.table().effectiveFrom(), t.tier(), t.label(), value(t.from()), value(t.to()), value(t.average()), t.units());
        }
    }

    record TrailView(String kind, String table, LocalDate effectiveFrom, String source) {
        static TrailView of(RuleTrail.Entry e) {
            return new TrailView(e.kind().name(), e.name(), e.effectiveFrom(), e.source());
        }
    }

    /**
     * A fiscal year's average: the closed months counted, total 工賃 paid, user-days, opening days, users per day (exact
     * and rounded), the average (exact and rounded), the minimum and whether it is met, the rounding, the target, the
     * tiers it sets in the next year, and the rule versions used.
     */
    record YearView(int fiscalYear, List<YearMonth> months, long totalPaid, long userDays, long openingDays, BigDecimal usersPerDayExact,
                    BigDecimal usersPerDay, BigDecimal averageExact, long average, boolean meetsMinimum, long minimum, RoundingView rounding,
                    TargetView target, List<TierView> tiers, List<TrailView> trail) {
        static YearView of(AverageService.YearAverage y) {
            AverageKouchin.Average a = y.average();
            AverageKouchin.Totals t = a.totals();
            AverageKouchin.Rounding r = a.rounding();
            return new YearView(t.year().startYear(), t.months(), t.paid().value(), t.userDays(), t.openingDays(), a.usersPerDayExact(),
                    a.usersPerDay(), a.averageExact(), a.average().value(), a.meetsMinimum(), a.minimum().value(),
                    new RoundingView(r.usersPerDayScale(), r.usersPerDay(), r.months(), r.average()),
                    y.target().map(TargetView::of).orElse(null), y.tiers().stream().map(TierView::of).toList(),
                    y.trail().stream().map(TrailView::of).toList());
        }
    }

    /** A year of the history; the average's fields are null where the year gives none. */
    record HistoryView(int fiscalYear, int months, long totalPaid, long userDays, long openingDays, BigDecimal usersPerDay, Long average,
                       Boolean meetsMinimum, Long target) {
        static HistoryView of(AverageService.YearSummary s) {
            return new HistoryView(s.year().startYear(), s.months(), s.paid().value(), s.userDays(), s.openingDays(), s.usersPerDay(),
                    value(s.average()), s.meetsMinimum(), value(s.target()));
        }
    }

    private static Long value(Yen yen) {
        return yen == null ? null : yen.value();
    }
}
