package jp.tsunagu.workspace.internal.domain;

/**
 * What a day's record holds besides its times: the break, transport to and from the office (送迎), a meal
 * provided, and off-site work or support with its place.
 */
public record DayDetails(int breakMinutes, boolean transportTo, boolean transportFrom, boolean meal, Offsite offsite,
                         String offsitePlace) {
}
