package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.testing.TestedRules;
import vn.gov.angiang.thidua.testing.mutation.Equivalents;
import vn.gov.angiang.thidua.testing.mutation.MutationReport;
import vn.gov.angiang.thidua.testing.mutation.Mutations;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code thidua test --mutations}: single-token mutants of the rule files, each compiled and tried against
 * the scenarios; prints the score and every surviving mutant in words, and fails below
 * {@code --min-mutation-score}.
 */
final class MutationOptions {

    @Option(names = "--mutations",
            description = "Thử các đột biến một từ của tệp quy tắc (con số ±1, ngày ±1, phép so sánh, phủ định, exists/not,"
                    + " đúng/sai, và/hoặc, hằng liệt kê, loại lý do): in điểm đột biến và mọi đột biến không kịch bản nào"
                    + " phát hiện / try single-token mutants of the rule files and print the mutation score and every"
                    + " mutant no scenario notices.")
    boolean mutations;

    @Option(names = "--min-mutation-score", paramLabel = "P",
            description = "Không đạt nếu điểm đột biến dưới P phần trăm, hoặc tệp " + Equivalents.FILE + " có dòng"
                    + " không còn ứng với đột biến nào (kéo theo --mutations) / fail when the mutation score is below P"
                    + " percent, or an entry of " + Equivalents.FILE + " is stale (implies --mutations).")
    BigDecimal minScore;

    @Option(names = "--max-mutants", paramLabel = "N",
            description = "Nhiều hơn N đột biến thì chỉ thử một mẫu dàn đều, mỗi dòng và mỗi toán tử ít nhất một (kéo theo"
                    + " --mutations) / with more than N mutants, try an even sample keeping every line and operator"
                    + " (implies --mutations).")
    Integer maxMutants;

    @Option(names = "--mutation-time", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Không bắt đầu đột biến mới sau thời gian này, ví dụ 90s, 10m, 1h (kéo theo --mutations) / start"
                    + " no mutant after this long, e.g. 90s, 10m, 1h (implies --mutations).")
    Duration time;

    boolean requested() {
        return mutations || minScore != null || maxMutants != null || time != null;
    }

    void check() {
        if (minScore != null && (minScore.signum() < 0 || minScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new CliException(ThiDuaCli.USAGE, "--min-mutation-score phải từ 0 đến 100 / must be between 0 and 100: "
                    + minScore.toPlainString());
        }
        if (maxMutants != null && maxMutants < 1) {
            throw new CliException(ThiDuaCli.USAGE, "--max-mutants phải từ 1 trở lên / must be at least 1: " + maxMutants);
        }
    }

    /** Runs the mutants of {@code tested} (the folder {@code folder}, or the embedded set when null); true when the gate holds. */
    boolean run(TestedRules tested, Path folder, List<Path> scenarios, PrintStream out) {
        Equivalents equivalents = folder == null ? Equivalents.onClasspath(RuleSets.DEFAULT_FOLDER) : Equivalents.in(folder);
        Mutations m = Mutations.of(tested, scenarios, equivalents);
        m = maxMutants == null ? m : m.maxMutants(maxMutants);
        m = time == null ? m : m.timeLimit(time);
        MutationReport report = m.run();
        out.println();
        out.print(report.describe());
        if (minScore == null) {
            return true;
        }
        boolean scoreHeld = report.meets(minScore);
        if (!scoreHeld) {
            out.println("✗ điểm đột biến dưới ngưỡng / mutation score below the gate: " + report.score()
                    .stripTrailingZeros().toPlainString() + "% < " + minScore.toPlainString() + "%");
        }
        if (!report.stale().isEmpty()) {
            out.println("✗ " + Equivalents.FILE + " có " + report.stale().size() + " dòng cũ cần xem lại / has "
                    + report.stale().size() + " stale entries to review");
        }
        return scoreHeld && report.stale().isEmpty();
    }

    /** {@code 90s}, {@code 10m}, {@code 1h30m}, or ISO-8601 {@code PT10M}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            try {
                Duration d = Duration.parse(v.startsWith("PT") ? v : "PT" + v);
                if (d.isNegative() || d.isZero()) {
                    throw new DateTimeParseException("not positive", v, 0);
                }
                return d;
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("không phải khoảng thời gian / not a duration"
                        + " (90s, 10m, 1h): " + value);
            }
        }
    }
}
