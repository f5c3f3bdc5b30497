package jp.tsunagu.web.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.Kana;
import jp.tsunagu.kernel.Yen;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #ja} in every template: controllers hand templates values (dates, months, yen, fiscal years), and the
 * template says how a Japanese user reads them. {@code ${#ja.date(d)}} → 令和8年12月5日 (2026-12-05);
 * {@code ${#ja.era(d)}} → 令和8年12月5日 (printed documents); {@code ${#ja.month(ym)}} → 令和8年12月 (2026-12);
 * {@code ${#ja.yen(y)}} → 1,234円; {@code ${#ja.fiscalYear(fy)}} → 令和8年度 (FY2026);
 * {@code ${#ja.weekday(d)}} → 土; {@code ${#ja.kanaRow(kana)}} → カ. Each gives an empty string for a missing value.
 */
@Component
class JapaneseFormats extends AbstractDialect implements IExpressionObjectDialect {
    private static final Formats FORMATS = new Formats();

    JapaneseFormats() {
        super("tsunagu-japanese-formats");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("ja");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return FORMATS;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** The object templates call as {@code #ja}. */
    public static final class Formats {
        public String date(LocalDate date) {
            return date == null ? "" : JapaneseDates.withIso(date);
        }

        public String era(LocalDate date) {
            return date == null ? "" : JapaneseDates.era(date);
        }

        public String month(YearMonth month) {
            return month == null ? "" : JapaneseDates.era(month) + " (" + month + ")";
        }

        public String yen(Yen yen) {
            return yen == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen.value()) + "円";
        }

        public String yen(Number yen) {
            return yen == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen.longValue()) + "円";
        }

        public String fiscalYear(FiscalYear year) {
            return year == null ? "" : year.japaneseName() + " (" + year + ")";
        }

        /** The day of the week as a Japanese sheet writes it: 月, 火, … */
        public String weekday(LocalDate date) {
            return date == null ? "" : date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.JAPANESE);
        }

        public String kanaRow(String kana) {
            return Kana.rowOf(kana);
        }
    }
}
