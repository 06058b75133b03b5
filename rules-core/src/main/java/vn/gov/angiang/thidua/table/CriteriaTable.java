package vn.gov.angiang.thidua.table;

import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.vocabulary.Method;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The criteria table of a rule set as one read-only model: for each kind of nominee its groups, their
 * criteria, the bonus and deduction lines; and the parameters (period, deadline, copies, maximum score,
 * bonus cap, report points and due dates, award thresholds). Every value is the text of a literal of the DRL
 * with the file, line and column where it is written, so that a tool shows it where it lives and
 * {@link TableWriter} rewrites exactly that literal. Read with {@link #read(Map)}; a table whose values carry no
 * place ({@code at == null}) is an edited copy, written back by {@link TableWriter#write}.
 *
 * @param kinds      the table of each kind of nominee, in the order the rule files declare them
 * @param parameters the parameters of the rule set, in the order they are written
 * @param clauses    the plan's clause of each blocking reason, written beside the rule that gives it
 */
public record CriteriaTable(List<KindTable> kinds, List<Parameter> parameters, List<Clause> clauses) {

    public CriteriaTable {
        kinds = List.copyOf(kinds);
        parameters = List.copyOf(parameters);
        clauses = List.copyOf(clauses);
    }

    /**
     * A table without clauses (an edited copy: clauses are not edited through the table).
     *
     * @param kinds      the table of each kind
     * @param parameters the parameters
     */
    public CriteriaTable(List<KindTable> kinds, List<Parameter> parameters) {
        this(kinds, parameters, List.of());
    }

    /**
     * The clause of the plan a blocking reason rests on, as the rule that gives the reason writes it
     * ({@code @clause("IV.1")}).
     *
     * @param reason the reason's code, such as {@code DOSSIER_LATE}
     * @return the clause, if the rule files write one
     */
    public Optional<Value> clauseOf(String reason) {
        return clauses.stream().filter(c -> c.reason().equals(reason)).map(Clause::clause).findFirst();
    }

    /**
     * Reads the table the rule files declare ({@code Group.of}, {@code Criterion.…}, {@code Threshold.of},
     * {@code ReportDue.of}, and the parameter functions).
     *
     * @param files the rule files, name → DRL text, in reading order
     * @return the table; empty lists where the files declare nothing
     */
    public static CriteriaTable read(Map<String, String> files) {
        return TableReader.read(files);
    }

    /**
     * The table of one kind of nominee.
     *
     * @param kind the kind
     * @return its table, if the rule files declare one
     */
    public Optional<KindTable> of(NomineeKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst();
    }

    /**
     * A parameter's value.
     *
     * @param key the parameter's key, such as {@code maxScore}, {@code threshold.BANG_KHEN}, {@code reportDue.Q1}
     * @return its value, if the rule files write it
     */
    public Optional<Value> parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).map(Parameter::value).findFirst();
    }

    /**
     * Where a value is written: file, line and column (from 1) of its literal, and the characters it spans
     * ({@code start..end}, quotes excluded).
     *
     * @param file   the rule file's name
     * @param line   the line, from 1
     * @param column the column of the literal's first character (its quote), from 1
     * @param start  the offset of the value's first character in the file
     * @param end    the offset after its last character
     */
    public record Location(String file, int line, int column, int start, int end) {

        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    /**
     * A value of the table as written in the DRL: a decimal ({@code 2.5}), a day ({@code 2026-03-31}), a code or
     * a title.
     *
     * @param text the text of the value
     * @param at   where it is written; null for a value not (yet) in the rule files
     */
    public record Value(String text, Location at) {

        /** A value not written anywhere yet. */
        public static Value of(String text) {
            return text == null ? null : new Value(text, null);
        }

        /** The value as an exact decimal. */
        public BigDecimal decimal() {
            return new BigDecimal(text);
        }

        /** The value as a day. */
        public LocalDate date() {
            return LocalDate.parse(text);
        }

        /** Whether two values say the same: equal decimals (5 and 5.0), else equal texts. */
        public static boolean same(Value a, Value b) {
            if (a == null || b == null) {
                return a == b;
            }
            try {
                return new BigDecimal(a.text).compareTo(new BigDecimal(b.text)) == 0;
            } catch (NumberFormatException notDecimals) {
                return a.text.equals(b.text);
            }
        }
    }

    /**
     * Where a rule is written: its whole text, and the expression that declares a line.
     *
     * @param file       the rule file
     * @param name       the rule's name
     * @param start      offset of {@code rule}
     * @param end        offset after {@code end}
     * @param expressionStart offset of the {@code Criterion.…} or {@code Group.of} call
     * @param expressionEnd   offset after it (and after the calls chained to it)
     */
    public record Rule(String file, String name, int start, int end, int expressionStart, int expressionEnd) {
    }

    /**
     * One kind's table.
     *
     * @param kind   the kind of nominee
     * @param file   the rule file that declares it (that of its first line), null for an edited copy
     * @param groups the groups with their criteria, in the plan's order
     * @param extras the bonus and deduction lines, in order
     */
    public record KindTable(NomineeKind kind, String file, List<TableGroup> groups, List<TableRow> extras) {

        public KindTable {
            groups = List.copyOf(groups);
            extras = List.copyOf(extras);
        }

        /** Every line: the groups' criteria, then the bonus and deductions. */
        public List<TableRow> rows() {
            return java.util.stream.Stream.concat(groups.stream().flatMap(g -> g.rows().stream()), extras.stream())
                    .toList();
        }
    }

    /**
     * A group of criteria.
     *
     * @param code  its code (TT1), as written in {@code Group.of}
     * @param title its title, the rest of the rule's name
     * @param max   its maximum
     * @param rows  its criteria
     * @param rule  the rule that declares it; null for an edited copy
     */
    public record TableGroup(Value code, Value title, Value max, List<TableRow> rows, Rule rule) {

        public TableGroup {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A line of the table.
     *
     * @param code             its code (TT3.1)
     * @param title            its title, the rest of the rule's name
     * @param method           how it earns points
     * @param points           points per item, or flat points; null for RATE and REPORTS
     * @param max              the cap of a PER_ITEM line; null otherwise (derived from the method)
     * @param bands            the bands of a RATE line, highest first
     * @param evidenceFrom     the first day its evidence may bear, or null
     * @param lateAfter        the day after which its earliest item makes it late, or null
     * @param latePoints       the points it earns when late, or null
     * @param sanctionedPoints the points it earns when a sanction is counted, or null
     * @param rule             the rule that declares it; null for an edited copy
     */
    public record TableRow(Value code, Value title, Method method, Value points, Value max, List<TableBand> bands,
                           Value evidenceFrom, Value lateAfter, Value latePoints, Value sanctionedPoints, Rule rule) {

        public TableRow {
            bands = bands == null ? List.of() : List.copyOf(bands);
        }

        /** The group a line counts in: the code before the dot (TT3.1 → TT3), or the code itself. */
        public String group() {
            int dot = code.text().indexOf('.');
            return dot < 0 ? code.text() : code.text().substring(0, dot);
        }

        /** The most the line can earn: its cap, its flat points or its best band; null for REPORTS. */
        public BigDecimal maxPoints() {
            return switch (method) {
                case PER_ITEM -> max.decimal();
                case RATE -> bands.stream().map(b -> b.points().decimal()).max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
                case REPORTS -> null;
                default -> points.decimal();
            };
        }
    }

    /**
     * A band of a RATE line: at least {@code percent} % earns {@code points}.
     *
     * @param percent the percentage
     * @param points  the points
     */
    public record TableBand(Value percent, Value points) {
    }

    /**
     * The plan's clause of a blocking reason.
     *
     * @param reason the reason's code
     * @param clause the clause, such as {@code IV.1}
     */
    public record Clause(String reason, Value clause) {
    }

    /**
     * A parameter of the rule set.
     *
     * @param key   {@code periodStart}, {@code periodEnd}, {@code dossierDeadline}, {@code copiesRequired},
     *              {@code maxScore}, {@code bonusCap}, {@code onTimeReportPoints}, {@code lateReportPoints},
     *              {@code boardAgency}, {@code threshold.GIAY_KHEN}, {@code reportDue.Q1}, …
     * @param value its value
     */
    public record Parameter(String key, Value value) {
    }
}
