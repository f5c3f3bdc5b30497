package jp.tsunagu.planning.internal.domain;

import java.time.LocalDate;
import jp.tsunagu.kernel.ServiceType;

/**
 * What is entered of one 支給決定 on a recipient certificate: the service type, the amount per month
 * ({@code daysPerMonth} for {@link AmountKind#DAYS}, none for 原則の日数), the decision period, and whether it is a
 * 暫定支給決定 and until when.
 */
public record DecisionDetails(ServiceType serviceType, AmountKind amountKind, Integer daysPerMonth, LocalDate periodFrom,
                              LocalDate periodTo, boolean provisional, LocalDate provisionalUntil) {
}
