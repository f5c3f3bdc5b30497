package jp.tsunagu.rules.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.internal.RuleCatalog;
import jp.tsunagu.rules.national.MinimumWages;
import jp.tsunagu.rules.national.MonitoringIntervals;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rule lookups on the hot path (infra/bench.sh rules): mixed tables and dates, one thread, no database.
 * Each operation is one lookup: a minimum wage by prefecture and date, a monitoring interval, an employment
 * insurance rate or a unit price by regional class, for dates spread over 2025-04 to 2027-09.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleLookupBenchmark {
    private static final int N = 4096;
    private Rules rules;
    private LocalDate[] dates;
    private Prefecture[] prefectures;
    private RegionalClass[] classes;
    private int i;

    @Setup(Level.Trial)
    public void load() throws Exception {
        rules = new RuleCatalog();
        java.util.Random random = new java.util.Random(7);
        dates = new LocalDate[N];
        prefectures = new Prefecture[N];
        classes = new RegionalClass[N];
        for (int k = 0; k < N; k++) {
            dates[k] = LocalDate.of(2025, 4, 1).plusDays(random.nextInt(900));
            prefectures[k] = Prefecture.values()[random.nextInt(47)];
            classes[k] = RegionalClass.values()[random.nextInt(8)];
        }
    }

    @Benchmark
    public Object mixedLookup() {
        int k = i++ & (N - 1);
        var view = rules.on(dates[k]);
        return switch (k & 3) {
            case 0 -> new MinimumWages(view).yenPerHour(prefectures[k]);
            case 1 -> new MonitoringIntervals(view).months(ServiceType.TYPE_B);
            case 2 -> view.row("employment-insurance-rate", "GENERAL").decimal("workerPerMille");
            default -> view.row("regional-unit-price", "CONTINUOUS_EMPLOYMENT", classes[k]).decimal("yenPerUnit");
        };
    }
}
