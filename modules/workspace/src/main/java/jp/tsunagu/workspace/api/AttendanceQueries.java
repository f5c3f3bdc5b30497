package jp.tsunagu.workspace.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;

/**
 * What other modules (wages, employment, billing) may ask of the workspace module about service given. Call inside
 * a transaction of the current tenant.
 */
public interface AttendanceQueries {

    /** One person's service at the office in the month, per service type (empty when none). */
    List<MonthOfService> month(OfficeId officeId, PersonId personId, YearMonth month);

    /** Every person's service at the office in the month, per person and service type. */
    List<MonthOfService> month(OfficeId officeId, YearMonth month);

    /**
     * Opening days of the month for {@code serviceTypes}: the days with at least one record of a person present (checked
     * in) under one of them. An absence alone makes no opening day. (Wages: the days with production activity that
     * earns B型 工賃, the divisor of the average users per day.)
     */
    int openingDays(OfficeId officeId, YearMonth month, Set<ServiceType> serviceTypes);

    /**
     * One person's days present at the office in the month, by date, as clocked: check-in and check-out to the minute and
     * the break, never rounded (employed A型 users are paid for minute-exact time; the office's rounding applies to
     * service records and 工賃 only). A day still open (no check-out yet) has a null {@code checkOut}.
     */
    List<DayPresent> daysPresent(OfficeId officeId, PersonId personId, YearMonth month);

    /**
     * {@link #daysPresent(OfficeId, PersonId, YearMonth)} for every person of the office in one read: each person's days
     * present by date (a person without any is not in the map). For a whole office's month (the payroll).
     */
    java.util.Map<PersonId, List<DayPresent>> daysPresent(OfficeId officeId, YearMonth month);

    /** A day present as clocked (see {@link #daysPresent}). */
    record DayPresent(java.time.LocalDate date, ServiceType serviceType, java.time.LocalTime checkIn, java.time.LocalTime checkOut,
                      int breakMinutes) {
    }

    /**
     * Per person with a day present of {@code type} at the office from {@code from} to {@code to}, the start of the current
     * period of use among those days: the latest day present not preceded by another within the {@code quietMonths} before
     * it (初期加算's 利用開始日); {@code quietMonthsSeen} when the office kept records (of anyone) before those quiet months,
     * so that no use in them is known, not a time before the office began keeping its records here.
     */
    java.util.Map<PersonId, UseStart> useStarts(OfficeId officeId, ServiceType type, java.time.LocalDate from, java.time.LocalDate to,
                                                int quietMonths);

    /** A period of use's first day, as {@link #useStarts} answers it. */
    record UseStart(java.time.LocalDate date, boolean quietMonthsSeen) {
    }

    /** Whether the office has closed the month's service records (a month without any record can be closed too). */
    boolean closed(OfficeId officeId, YearMonth month);

    /**
     * Days present, minutes of service (of closed days, after the office's rounding), absences, and whether the
     * month is closed.
     */
    record MonthOfService(PersonId personId, ServiceType serviceType, YearMonth month, int days, int minutes, int absences,
                          boolean closed) {
    }

    /**
     * The office's service records of the month, day by day, as the claim (請求) is built from them: per person and
     * service type each day with a record, present or absent, with the service times (as rounded for the record sheet),
     * minutes, transport each way (送迎), a meal provided, off-site work or support, and for an absence whether a response
     * was given (欠席時対応); by person, then date.
     */
    List<RecordedDay> recordedDays(OfficeId officeId, YearMonth month);

    /** A day of a person's service record as {@link #recordedDays} answers it. */
    record RecordedDay(PersonId personId, ServiceType serviceType, java.time.LocalDate date, boolean present, java.time.LocalTime start,
                       java.time.LocalTime end, Integer minutes, boolean transportTo, boolean transportFrom, boolean meal, boolean offsite,
                       boolean absenceResponded) {
    }
}
