package vn.gov.angiang.thidua.table;

import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.table.CriteriaTable.KindTable;
import vn.gov.angiang.thidua.table.CriteriaTable.Location;
import vn.gov.angiang.thidua.table.CriteriaTable.Parameter;
import vn.gov.angiang.thidua.table.CriteriaTable.Rule;
import vn.gov.angiang.thidua.table.CriteriaTable.TableBand;
import vn.gov.angiang.thidua.table.CriteriaTable.TableGroup;
import vn.gov.angiang.thidua.table.CriteriaTable.TableRow;
import vn.gov.angiang.thidua.table.CriteriaTable.Value;
import vn.gov.angiang.thidua.table.DrlTokens.Kind;
import vn.gov.angiang.thidua.table.DrlTokens.Token;
import vn.gov.angiang.thidua.vocabulary.Method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@link CriteriaTable} off the tokens of the rule files. */
final class TableReader {

    /** The parameter functions of parameters.drl whose single literal is a value of the table. */
    static final List<String> FUNCTIONS = List.of("boardAgency", "periodStart", "periodEnd", "dossierDeadline",
            "copiesRequired", "maxScore", "bonusCap", "onTimeReportPoints", "lateReportPoints");

    private final Map<NomineeKind, List<TableGroup>> groups = new LinkedHashMap<>();
    private final Map<NomineeKind, List<TableRow>> rows = new LinkedHashMap<>();
    private final Map<NomineeKind, String> fileOf = new LinkedHashMap<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<CriteriaTable.Clause> clauses = new ArrayList<>();

    private String file;
    private String drl;
    private List<Token> t;

    private TableReader() {
    }

    static CriteriaTable read(Map<String, String> files) {
        TableReader r = new TableReader();
        files.forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                r.file(name, text);
            }
        });
        List<KindTable> kinds = new ArrayList<>();
        for (NomineeKind kind : r.fileOf.keySet()) {
            List<TableGroup> withRows = new ArrayList<>();
            List<TableRow> all = r.rows.getOrDefault(kind, List.of());
            for (TableGroup g : r.groups.getOrDefault(kind, List.of())) {
                withRows.add(new TableGroup(g.code(), g.title(), g.max(), all.stream()
                        .filter(row -> row.method().line() == vn.gov.angiang.thidua.vocabulary.Line.CRITERION
                                && row.group().equals(g.code().text())).toList(), g.rule()));
            }
            List<TableRow> extras = all.stream()
                    .filter(row -> row.method().line() != vn.gov.angiang.thidua.vocabulary.Line.CRITERION).toList();
            kinds.add(new KindTable(kind, r.fileOf.get(kind), withRows, extras));
        }
        return new CriteriaTable(kinds, r.parameters, r.clauses);
    }

    private void file(String name, String text) {
        file = name;
        drl = text;
        t = DrlTokens.of(text);
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("rule") && i + 1 < t.size() && t.get(i + 1).kind() == Kind.STRING) {
                i = rule(i);
            } else if (t.get(i).is("function") && (i == 0 || !t.get(i - 1).is("import"))) {
                i = function(i);
            }
        }
    }

    /** {@code function TYPE NAME() { return …literal…; }}: a parameter when NAME is one of {@link #FUNCTIONS}. */
    private int function(int i) {
        int open = i;
        while (open < t.size() && !t.get(open).is("(")) {
            open++;
        }
        int brace = open;
        while (brace < t.size() && !t.get(brace).is("{")) {
            brace++;
        }
        int close = matching(brace, "{", "}");
        String name = t.get(open - 1).text();
        if (FUNCTIONS.contains(name)) {
            Token literal = null;
            int count = 0;
            for (int k = brace + 1; k < close; k++) {
                if (t.get(k).kind() == Kind.STRING || t.get(k).kind() == Kind.NUMBER) {
                    literal = t.get(k);
                    count++;
                }
            }
            if (count == 1) {
                parameters.add(new Parameter(name, value(literal)));
            }
        }
        return close;
    }

    private int rule(int i) {
        Token nameToken = t.get(i + 1);
        int then = i + 2;
        while (then < t.size() && !t.get(then).is("then")) {
            then++;
        }
        int end = then;
        while (end < t.size() && !t.get(end).is("end")) {
            end++;
        }
        NomineeKind kind = null;
        Value clause = null;
        for (int k = i + 2; k < then; k++) {
            if (t.get(k).is("@") && k + 3 < then && t.get(k + 1).is("clause") && t.get(k + 2).is("(")
                    && t.get(k + 3).kind() == Kind.STRING) {
                clause = value(t.get(k + 3));
            }
            if (t.get(k).is("NomineeKind") && k + 2 < then && t.get(k + 1).is(".")) {
                kind = kindNamed(t.get(k + 2).text());
            }
        }
        String name = nameToken.text();
        String[] codeAndTitle = name.strip().split("\\s+", 2);
        Value title = new Value(codeAndTitle.length > 1 ? codeAndTitle[1] : "", location(nameToken));
        int ruleEnd = end < t.size() ? t.get(end).end() : drl.length();
        for (int k = then + 1; k < end; k++) {
            Token a = t.get(k);
            if (a.is("Group") && call(k, "of")) {
                List<Integer> args = args(k + 3);
                if (kind != null && args.size() == 2) {
                    Rule rule = new Rule(file, name, t.get(i).start(), ruleEnd, a.start(), t.get(closeOf(k + 3)).end());
                    groups.computeIfAbsent(kind, x -> new ArrayList<>()).add(new TableGroup(value(t.get(args.get(0))),
                            title, value(t.get(args.get(1))), List.of(), rule));
                    fileOf.putIfAbsent(kind, file);
                }
            } else if (a.is("Criterion") && k + 2 < end && t.get(k + 1).is(".")) {
                k = criterion(k, kind, name, title, t.get(i).start(), ruleEnd);
            } else if (clause != null && a.is("reason") && k + 5 < end && t.get(k + 1).is("(")) {
                List<Integer> args = args(k + 1);
                if (args.size() > 1 && t.get(args.get(1)).kind() == Kind.STRING) {
                    String code = t.get(args.get(1)).text();
                    if (clauses.stream().noneMatch(c -> c.reason().equals(code))) {
                        clauses.add(new CriteriaTable.Clause(code, clause));
                    }
                }
            } else if (a.is("Threshold") && call(k, "of")) {
                List<Integer> args = args(k + 3);
                if (args.size() == 2 && t.get(args.get(0) + 2).kind() == Kind.WORD) {
                    parameters.add(new Parameter("threshold." + t.get(args.get(0) + 2).text(), value(t.get(args.get(1)))));
                }
            } else if (a.is("ReportDue") && call(k, "of")) {
                List<Integer> args = args(k + 3);
                if (args.size() == 2 && t.get(args.get(0) + 2).kind() == Kind.WORD) {
                    parameters.add(new Parameter("reportDue." + t.get(args.get(0) + 2).text(), value(t.get(args.get(1)))));
                }
            }
        }
        return end;
    }

    /** {@code Criterion.METHOD("code", …)} and the calls chained to it; returns the last token read. */
    private int criterion(int k, NomineeKind kind, String name, Value title, int ruleStart, int ruleEnd) {
        Method method = methodNamed(t.get(k + 2).text());
        if (method == null || !t.get(k + 3).is("(")) {
            return k;
        }
        int close = closeOf(k + 3);
        List<Integer> args = args(k + 3);
        Value code = args.isEmpty() ? null : value(t.get(args.get(0)));
        Value points = null;
        Value max = null;
        List<TableBand> bands = new ArrayList<>();
        switch (method) {
            case PER_ITEM -> {
                points = args.size() > 1 ? value(t.get(args.get(1))) : null;
                max = args.size() > 2 ? value(t.get(args.get(2))) : null;
            }
            case RATE -> {
                for (int a = 1; a < args.size(); a++) {
                    int b = args.get(a);
                    if (t.get(b).is("band")) {
                        List<Integer> pair = args(b + 1);
                        if (pair.size() == 2) {
                            bands.add(new TableBand(value(t.get(pair.get(0))), value(t.get(pair.get(1)))));
                        }
                    }
                }
            }
            case REPORTS -> { }
            default -> points = args.size() > 1 ? value(t.get(args.get(1))) : null;
        }
        Value evidenceFrom = null;
        Value lateAfter = null;
        Value latePoints = null;
        Value sanctioned = null;
        int last = close;
        while (last + 3 < t.size() && t.get(last + 1).is(".") && t.get(last + 3).is("(")) {
            String chained = t.get(last + 2).text();
            List<Integer> chainArgs = args(last + 3);
            switch (chained) {
                case "evidenceFrom" -> evidenceFrom = value(t.get(chainArgs.get(0)));
                case "lateAfter" -> {
                    lateAfter = value(t.get(chainArgs.get(0)));
                    latePoints = value(t.get(chainArgs.get(1)));
                }
                case "ifSanctioned" -> sanctioned = value(t.get(chainArgs.get(0)));
                default -> { }
            }
            last = closeOf(last + 3);
        }
        if (kind != null && code != null) {
            Rule rule = new Rule(file, name, ruleStart, ruleEnd, t.get(k).start(), t.get(last).end());
            rows.computeIfAbsent(kind, x -> new ArrayList<>()).add(new TableRow(code, title, method, points, max, bands,
                    evidenceFrom, lateAfter, latePoints, sanctioned, rule));
            fileOf.putIfAbsent(kind, file);
        }
        return last;
    }

    /** Whether tokens k.. read {@code WORD . name (}. */
    private boolean call(int k, String name) {
        return k + 3 < t.size() && t.get(k + 1).is(".") && t.get(k + 2).is(name) && t.get(k + 3).is("(");
    }

    /** The index of the first token of each argument of the call whose {@code (} is at {@code open}. */
    private List<Integer> args(int open) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            Token a = t.get(k);
            if (a.is("(")) {
                if (depth++ == 0 && !t.get(k + 1).is(")")) {
                    starts.add(k + 1);
                }
            } else if (a.is(")")) {
                if (--depth == 0) {
                    break;
                }
            } else if (a.is(",") && depth == 1) {
                starts.add(k + 1);
            }
        }
        return starts;
    }

    private int closeOf(int open) {
        return matching(open, "(", ")");
    }

    private int matching(int open, String o, String c) {
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            if (t.get(k).is(o)) {
                depth++;
            } else if (t.get(k).is(c) && --depth == 0) {
                return k;
            }
        }
        return t.size() - 1;
    }

    private Value value(Token token) {
        return new Value(token.text(), location(token));
    }

    private Location location(Token token) {
        boolean quoted = token.kind() == Kind.STRING;
        return new Location(file, token.line(), token.column(), token.start() + (quoted ? 1 : 0),
                token.end() - (quoted ? 1 : 0));
    }

    private static NomineeKind kindNamed(String name) {
        try {
            return NomineeKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Method methodNamed(String factory) {
        return switch (factory) {
            case "perItem" -> Method.PER_ITEM;
            case "flat" -> Method.FLAT;
            case "rate" -> Method.RATE;
            case "reports" -> Method.REPORTS;
            case "bonus" -> Method.BONUS;
            case "deduction" -> Method.DEDUCTION;
            case "perSanction" -> Method.PER_SANCTION;
            default -> null;
        };
    }

    static String factoryOf(Method method) {
        return switch (method) {
            case PER_ITEM -> "perItem";
            case FLAT -> "flat";
            case RATE -> "rate";
            case REPORTS -> "reports";
            case BONUS -> "bonus";
            case DEDUCTION -> "deduction";
            case PER_SANCTION -> "perSanction";
        };
    }
}
