package vn.gov.angiang.thidua.testing.mutation;

import vn.gov.angiang.thidua.testing.mutation.MutantResult.Status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a mutation run: every mutant found, in text order, with its result; the entries of the
 * equivalents file that named no mutant (stale); the wall time and the number of threads. The mutation
 * score is the share of killed mutants among those run that compiled and are not equivalent.
 */
public record MutationReport(List<MutantResult> results, List<Equivalent> stale, Duration elapsed, int threads) {

    public MutationReport {
        results = List.copyOf(results);
        stale = List.copyOf(stale);
    }

    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** Killed and survived: the mutants the score is measured on. */
    public long scored() {
        return count(Status.KILLED) + count(Status.SURVIVED);
    }

    /** The score in percent, rounded down to one decimal (100 only when every scored mutant was killed). */
    public BigDecimal score() {
        return scored() == 0 ? BigDecimal.valueOf(100)
                : BigDecimal.valueOf(count(Status.KILLED) * 100).divide(BigDecimal.valueOf(scored()), 1, RoundingMode.DOWN);
    }

    /** Whether the score reaches {@code minPercent}, compared exactly. */
    public boolean meets(BigDecimal minPercent) {
        return BigDecimal.valueOf(count(Status.KILLED) * 100).compareTo(minPercent.multiply(BigDecimal.valueOf(scored()))) >= 0;
    }

    public List<MutantResult> survivors() {
        return results.stream().filter(r -> r.status() == Status.SURVIVED).toList();
    }

    /** The mean time a mutant took to compile and run its scenarios, on one thread (equivalents and mutants not run left out). */
    public Duration perMutant() {
        List<MutantResult> ran = ran();
        return ran.isEmpty() ? Duration.ZERO
                : ran.stream().map(MutantResult::total).reduce(Duration.ZERO, Duration::plus).dividedBy(ran.size());
    }

    private List<MutantResult> ran() {
        return results.stream().filter(r -> r.status() == Status.KILLED || r.status() == Status.SURVIVED
                || r.status() == Status.STILLBORN).toList();
    }

    /** {@code mutation score: 100% (killed 380 of 380; equivalent 7, stillborn 12, not run 0)}. */
    public String summary() {
        return "mutation score: " + score().stripTrailingZeros().toPlainString() + "% (killed " + count(Status.KILLED)
                + " of " + scored() + "; equivalent " + count(Status.EQUIVALENT) + ", stillborn " + count(Status.STILLBORN)
                + ", not run " + count(Status.NOT_RUN) + ")";
    }

    /** Counts per operator, the time, every surviving mutant in words, the stale entries, and the summary. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        List<MutantResult> ran = ran();
        Duration compile = ran.stream().map(MutantResult::compile).reduce(Duration.ZERO, Duration::plus);
        Duration run = ran.stream().map(MutantResult::run).reduce(Duration.ZERO, Duration::plus);
        out.append("đột biến / mutants: ").append(results.size()).append(", chạy / run ").append(ran.size())
                .append(" trên / on ").append(threads).append(" luồng / threads, ").append(seconds(elapsed))
                .append("; mỗi đột biến / per mutant ").append(seconds(perMutant()));
        if (!ran.isEmpty()) {
            out.append(" (biên dịch / compile ").append(seconds(compile.dividedBy(ran.size())))
                    .append(", kịch bản / scenarios ").append(seconds(run.dividedBy(ran.size()))).append(')');
        }
        out.append('\n');
        table(out);
        for (MutantResult r : survivors()) {
            Mutant m = r.mutant();
            out.append("✗ ").append(m.survivorLine()).append('\n')
                    .append("    ").append(m.where()).append(": ").append(m.context()).append('\n');
        }
        if (!survivors().isEmpty()) {
            out.append("  Thêm trường hợp kịch bản ghim con số, ranh giới, phép toán ấy; hoặc, nếu không hồ sơ nào phân"
                    + " biệt được, ghi vào ").append(Equivalents.FILE).append(" dòng / Add a scenario case that pins it;"
                    + " or, if no dossier can tell it apart, add to ").append(Equivalents.FILE).append(" the line\n    ")
                    .append(survivors().get(0).mutant().equivalentEntry("<lý do / reason>")).append('\n');
        }
        for (Equivalent e : stale) {
            out.append("! ").append(Equivalents.FILE).append(':').append(e.line()).append(": không ứng với đột biến nào"
                    + " (quy tắc đã đổi): xem lại / names no mutant (the rules changed): review it: ")
                    .append(e.file()).append(" | ").append(e.where()).append(" | ").append(e.context()).append('\n');
        }
        return out.append(summary()).append('\n').toString();
    }

    private void table(StringBuilder out) {
        String head = String.format("%-36s %7s %7s %8s %10s %9s %7s%n", "toán tử / operator", "mutants", "killed",
                "survived", "equivalent", "stillborn", "not run");
        out.append(head);
        Map<MutationOperator, long[]> rows = new EnumMap<>(MutationOperator.class);
        for (MutantResult r : results) {
            long[] row = rows.computeIfAbsent(r.mutant().operator(), k -> new long[Status.values().length + 1]);
            row[0]++;
            row[r.status().ordinal() + 1]++;
        }
        rows.forEach((op, row) -> out.append(String.format("%-36s %7d %7d %8d %10d %9d %7d%n",
                op.vietnamese() + " / " + op.english(), row[0], row[1 + Status.KILLED.ordinal()],
                row[1 + Status.SURVIVED.ordinal()], row[1 + Status.EQUIVALENT.ordinal()],
                row[1 + Status.STILLBORN.ordinal()], row[1 + Status.NOT_RUN.ordinal()])));
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP).toPlainString() + " s";
    }
}
