package vn.gov.angiang.thidua.table;

import vn.gov.angiang.thidua.table.CriteriaTable.KindTable;
import vn.gov.angiang.thidua.table.CriteriaTable.Location;
import vn.gov.angiang.thidua.table.CriteriaTable.Parameter;
import vn.gov.angiang.thidua.table.CriteriaTable.Rule;
import vn.gov.angiang.thidua.table.CriteriaTable.TableBand;
import vn.gov.angiang.thidua.table.CriteriaTable.TableGroup;
import vn.gov.angiang.thidua.table.CriteriaTable.TableRow;
import vn.gov.angiang.thidua.table.CriteriaTable.Value;
import vn.gov.angiang.thidua.vocabulary.Method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an edited table back into the rule files it was read from, touching nothing else: a changed value
 * rewrites exactly its literal; a line whose shape changed (another method, another number of bands, a date
 * or late rule added or removed) gets its {@code Criterion.…} call written anew; a new line becomes a new rule
 * written like its neighbours, after the last line before it in its group; a line no longer in the table loses
 * its rule. Comments and layout elsewhere stay byte for byte.
 */
public final class TableWriter {

    /** The indentation of a call chained on a line of its own, as the 2026 files write it. */
    private static final String CHAIN = "\n                .";

    private record Edit(String file, int start, int end, String text) {
    }

    private final Map<String, String> files;
    private final List<Edit> edits = new ArrayList<>();

    private TableWriter(Map<String, String> files) {
        this.files = files;
    }

    /**
     * The rule files with {@code edited}'s values written in.
     *
     * @param files   the rule files {@code current} was read from, name → DRL text
     * @param current the table as read ({@link CriteriaTable#read})
     * @param edited  the table wanted: the same kinds and parameters, values changed, lines added or removed
     * @return the rule files, name → DRL text, in the same order; the unchanged ones identical
     * @throws IllegalArgumentException when {@code edited} names a kind, group or parameter {@code current} lacks
     */
    public static Map<String, String> write(Map<String, String> files, CriteriaTable current, CriteriaTable edited) {
        TableWriter w = new TableWriter(files);
        for (Parameter p : edited.parameters()) {
            Value now = current.parameter(p.key()).orElseThrow(() -> new IllegalArgumentException(
                    "tham số " + p.key() + " không có trong bộ quy tắc / no parameter " + p.key()));
            w.value(now, p.value());
        }
        for (KindTable kind : edited.kinds()) {
            KindTable now = current.of(kind.kind()).orElseThrow(() -> new IllegalArgumentException(
                    "bộ quy tắc không có bảng " + kind.kind() + " / no table for " + kind.kind()));
            w.kind(now, kind);
        }
        return w.apply();
    }

    private void kind(KindTable now, KindTable wanted) {
        Map<String, TableRow> rowsNow = new LinkedHashMap<>();
        now.rows().forEach(r -> rowsNow.put(r.code().text(), r));
        Map<String, TableGroup> groupsNow = new LinkedHashMap<>();
        now.groups().forEach(g -> groupsNow.put(g.code().text(), g));
        List<String> kept = new ArrayList<>();
        Rule after = null;
        for (TableGroup g : wanted.groups()) {
            TableGroup old = groupsNow.get(g.code().text());
            if (old == null) {
                throw new IllegalArgumentException("nhóm " + g.code().text() + " chưa có trong bộ quy tắc: thêm nhóm"
                        + " trong tệp DRL / group " + g.code().text() + " is new: add a group in the DRL file");
            }
            title(old.title(), old.code().text(), g.title());
            value(old.max(), g.max());
            after = old.rule();
            after = rows(g.rows(), rowsNow, kept, after);
        }
        after = now.rows().isEmpty() ? after : lastOf(now.rows());
        if (!now.extras().isEmpty()) {
            after = rowBefore(now.extras().get(0), now);
        }
        rows(wanted.extras(), rowsNow, kept, after);
        for (TableGroup g : now.groups()) {
            if (wanted.groups().stream().noneMatch(w -> w.code().text().equals(g.code().text()))) {
                throw new IllegalArgumentException("nhóm " + g.code().text() + " bị xoá: xoá nhóm trong tệp DRL"
                        + " / group " + g.code().text() + " is gone: remove a group in the DRL file");
            }
        }
        for (TableRow r : now.rows()) {
            if (!kept.contains(r.code().text())) {
                if (r.method() == Method.REPORTS) {
                    throw new IllegalArgumentException("dòng báo cáo " + r.code().text() + " đi cùng nhóm của nó"
                            + " / the reports line " + r.code().text() + " goes with its group");
                }
                remove(r.rule());
            }
        }
    }

    /** The rule just before the first extra line: where the extras begin. */
    private static Rule rowBefore(TableRow first, KindTable now) {
        Rule before = null;
        for (TableRow r : now.rows()) {
            if (r == first) {
                return before;
            }
            before = r.rule();
        }
        return before;
    }

    private static Rule lastOf(List<TableRow> rows) {
        return rows.stream().map(TableRow::rule).max(Comparator.comparingInt(Rule::start)).orElseThrow();
    }

    /** Writes the lines of one group (or the extras) and returns the rule the next new line goes after. */
    private Rule rows(List<TableRow> wanted, Map<String, TableRow> rowsNow, List<String> kept, Rule after) {
        for (TableRow r : wanted) {
            TableRow old = rowsNow.get(r.code().text());
            if (old != null) {
                kept.add(r.code().text());
                row(old, r);
                after = old.rule();
            } else {
                if (after == null) {
                    throw new IllegalArgumentException("không biết chỗ ghi dòng mới " + r.code().text()
                            + " / no place for the new line " + r.code().text());
                }
                insertAfter(after, r);
            }
        }
        return after;
    }

    private void row(TableRow old, TableRow r) {
        title(old.title(), old.code().text(), r.title());
        if (old.method() != r.method() || old.bands().size() != r.bands().size()
                || present(old.points()) != present(r.points()) || present(old.max()) != present(r.max())
                || present(old.evidenceFrom()) != present(r.evidenceFrom())
                || present(old.lateAfter()) != present(r.lateAfter())
                || present(old.sanctionedPoints()) != present(r.sanctionedPoints())) {
            Rule at = old.rule();
            if (!Objects.equals(expression(old), expression(r))) {
                edits.add(new Edit(at.file(), at.expressionStart(), at.expressionEnd(), expression(r)));
            }
            return;
        }
        value(old.points(), r.points());
        value(old.max(), r.max());
        for (int i = 0; i < old.bands().size(); i++) {
            value(old.bands().get(i).percent(), r.bands().get(i).percent());
            value(old.bands().get(i).points(), r.bands().get(i).points());
        }
        value(old.evidenceFrom(), r.evidenceFrom());
        value(old.lateAfter(), r.lateAfter());
        value(old.latePoints(), r.latePoints());
        value(old.sanctionedPoints(), r.sanctionedPoints());
    }

    private static boolean present(Value v) {
        return v != null;
    }

    private void value(Value now, Value wanted) {
        if (now != null && wanted != null && !Value.same(now, wanted)) {
            Location at = now.at();
            edits.add(new Edit(at.file(), at.start(), at.end(), escape(wanted.text())));
        }
    }

    private void title(Value now, String code, Value wanted) {
        if (wanted != null && !now.text().equals(wanted.text())) {
            Location at = now.at();
            edits.add(new Edit(at.file(), at.start(), at.end(), escape(code + " " + wanted.text())));
        }
    }

    /** A new rule after {@code after}: its name, the conditions of {@code after} as written, the line's call. */
    private void insertAfter(Rule after, TableRow r) {
        String drl = files.get(after.file());
        int nameEnd = drl.indexOf('"', drl.indexOf('"', after.start()) + 1) + 1;
        while (nameEnd < drl.length() && drl.charAt(nameEnd - 1) == '\\') {
            nameEnd = drl.indexOf('"', nameEnd) + 1;
        }
        int then = drl.lastIndexOf("then", after.expressionStart());
        String conditions = drl.substring(nameEnd, then);
        String text = "\n\nrule \"" + escape(r.code().text() + " " + r.title().text()) + "\"" + conditions
                + "then insert(" + expression(r) + ");\nend";
        edits.add(new Edit(after.file(), after.end(), after.end(), text));
    }

    /** Removes a rule with its line breaks and the blank line before it. */
    private void remove(Rule rule) {
        String drl = files.get(rule.file());
        int start = drl.lastIndexOf('\n', rule.start() - 1) + 1;
        int end = rule.end();
        int eol = drl.indexOf('\n', end);
        end = eol < 0 ? drl.length() : eol + 1;
        if (blankBefore(drl, start)) {
            start = drl.lastIndexOf('\n', start - 2) + 1;
        }
        edits.add(new Edit(rule.file(), start, end, ""));
    }

    private static boolean blankBefore(String drl, int lineStart) {
        if (lineStart < 2) {
            return false;
        }
        int prev = drl.lastIndexOf('\n', lineStart - 2) + 1;
        return drl.substring(prev, lineStart - 1).isBlank();
    }

    /** The {@code Criterion.…} call of a line, chained calls on lines of their own. */
    static String expression(TableRow r) {
        StringBuilder s = new StringBuilder("Criterion.").append(TableReader.factoryOf(r.method())).append('(')
                .append(quote(r.code()));
        switch (r.method()) {
            case PER_ITEM -> s.append(", ").append(quote(r.points())).append(", ").append(quote(r.max()));
            case RATE -> {
                for (TableBand b : r.bands()) {
                    s.append(", band(").append(quote(b.percent())).append(", ").append(quote(b.points())).append(')');
                }
            }
            case REPORTS -> { }
            default -> s.append(", ").append(quote(r.points()));
        }
        s.append(')');
        if (r.evidenceFrom() != null) {
            s.append(CHAIN).append("evidenceFrom(").append(quote(r.evidenceFrom())).append(')');
        }
        if (r.lateAfter() != null) {
            s.append(CHAIN).append("lateAfter(").append(quote(r.lateAfter())).append(", ").append(quote(r.latePoints()))
                    .append(')');
        }
        if (r.sanctionedPoints() != null) {
            s.append(CHAIN).append("ifSanctioned(").append(quote(r.sanctionedPoints())).append(')');
        }
        return s.toString();
    }

    private static String quote(Value v) {
        return "\"" + escape(v == null ? "" : v.text()) + "\"";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private Map<String, String> apply() {
        Map<String, List<Edit>> byFile = new LinkedHashMap<>();
        for (Edit e : edits) {
            byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e);
        }
        Map<String, String> out = new LinkedHashMap<>(files);
        byFile.forEach((file, list) -> {
            list.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
            StringBuilder s = new StringBuilder(files.get(file));
            int limit = Integer.MAX_VALUE;
            for (int i = list.size() - 1; i >= 0; i--) {
                Edit e = list.get(i);
                if (e.end() > limit) {
                    continue; // inside a span already rewritten (a removed rule's values)
                }
                s.replace(e.start(), e.end(), e.text());
                limit = e.start();
            }
            out.put(file, s.toString());
        });
        return out;
    }
}
