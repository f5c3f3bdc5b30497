package jp.tsunagu.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the real time in Asia/Tokyo, which a test may move to a day (and
 * must put back), so that "a version is due" can be seen without waiting for the date.
 */
public final class MovableClock extends Clock {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static volatile Duration offset = Duration.ZERO;

    /** Moves the clock to {@code date} at the present time of day, Tokyo time (whole days). */
    public static void moveTo(LocalDate date) {
        offset = Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(TOKYO), date));
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        Clock movableClock() {
            return new MovableClock();
        }
    }
}
