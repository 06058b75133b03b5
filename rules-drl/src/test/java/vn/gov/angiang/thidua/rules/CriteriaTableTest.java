package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.table.CriteriaTable;
import vn.gov.angiang.thidua.table.CriteriaTable.KindTable;
import vn.gov.angiang.thidua.table.CriteriaTable.TableRow;
import vn.gov.angiang.thidua.table.CriteriaTable.Value;
import vn.gov.angiang.thidua.table.TableWriter;
import vn.gov.angiang.thidua.vocabulary.Method;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model of the 2026 table read off the rule files, each value at its literal, and written back. */
class CriteriaTableTest {

    private static final Map<String, String> FILES = RuleSets.defaultSource().files();
    private static final CriteriaTable TABLE = CriteriaTable.read(FILES);

    @Test
    void theTwoTablesInThePlansOrderWithEveryValueAtItsLiteral() {
        KindTable collective = TABLE.of(NomineeKind.COLLECTIVE).orElseThrow();
        assertEquals(List.of("TT1", "TT2", "TT3", "TT4", "TT5"), collective.groups().stream().map(g -> g.code().text()).toList());
        assertEquals(List.of("TT-B1", "TT-B2", "TT-D1", "TT-D2"), collective.extras().stream().map(r -> r.code().text()).toList());
        TableRow tt31 = row(collective, "TT3.1");
        assertEquals(Method.PER_ITEM, tt31.method());
        assertEquals("5", tt31.points().text());
        assertEquals("15", tt31.max().text());
        assertEquals("Vụ việc tham nhũng, lãng phí, tiêu cực được phát hiện, xử lý", tt31.title().text());
        String drl = FILES.get("criteria-collective.drl");
        assertEquals("5", drl.substring(tt31.points().at().start(), tt31.points().at().end()));
        assertEquals("criteria-collective.drl:" + lineOf(drl, "Criterion.perItem(\"TT3.1\"") + ":40", tt31.points().at().toString());
        TableRow tt11 = row(collective, "TT1.1");
        assertEquals("2025-12-01", tt11.evidenceFrom().text());
        assertEquals("2026-03-31", tt11.lateAfter().text());
        assertEquals("2", tt11.latePoints().text());
        assertEquals(List.of("95", "75", "50"), row(collective, "TT1.4").bands().stream().map(b -> b.percent().text()).toList());
        assertEquals("0", row(TABLE.of(NomineeKind.INDIVIDUAL).orElseThrow(), "CN1.1").sanctionedPoints().text());
        assertEquals("100", TABLE.parameter("maxScore").orElseThrow().text());
        assertEquals("2026-11-20", TABLE.parameter("dossierDeadline").orElseThrow().text());
        assertEquals("2", TABLE.parameter("copiesRequired").orElseThrow().text());
        assertEquals("90", TABLE.parameter("threshold.BANG_KHEN").orElseThrow().text());
        assertEquals("2026-11-15", TABLE.parameter("reportDue.PLAN").orElseThrow().text());
        for (KindTable k : TABLE.kinds()) {
            assertEquals(0, k.groups().stream().map(g -> g.max().decimal()).reduce(java.math.BigDecimal.ZERO,
                    java.math.BigDecimal::add).compareTo(java.math.BigDecimal.valueOf(100)));
        }
    }

    @Test
    void thePlansClauseOfEachReasonIsReadBesideTheRuleThatGivesIt() {
        assertEquals("IV.1", TABLE.clauseOf("DOSSIER_LATE").orElseThrow().text());
        assertEquals("dossier.drl", TABLE.clauseOf("DOSSIER_LATE").orElseThrow().at().file());
        assertEquals("IV.1", TABLE.clauseOf("DOSSIER_NOT_SUBMITTED").orElseThrow().text());
        assertEquals("I.2", TABLE.clauseOf("EXCLUSION_PRESS").orElseThrow().text());
        assertEquals("II", TABLE.clauseOf("SCOPE_EMPLOYMENT").orElseThrow().text());
        assertTrue(TABLE.clauseOf("EVIDENCE_NO_REF").isEmpty(), "a warning has no clause");
    }

    @Test
    void theSameTableWritesNothingAndOneValueRewritesOneLiteral() {
        assertEquals(FILES, TableWriter.write(FILES, TABLE, TABLE));
        CriteriaTable edited = withRow(NomineeKind.COLLECTIVE, "TT3.1", r -> new TableRow(r.code(), r.title(), r.method(),
                Value.of("6"), r.max(), r.bands(), r.evidenceFrom(), r.lateAfter(), r.latePoints(), r.sanctionedPoints(), null));
        Map<String, String> out = TableWriter.write(FILES, TABLE, edited);
        String before = FILES.get("criteria-collective.drl");
        String after = out.get("criteria-collective.drl");
        assertEquals(before.replace("Criterion.perItem(\"TT3.1\", \"5\"", "Criterion.perItem(\"TT3.1\", \"6\""), after);
        FILES.keySet().stream().filter(f -> !f.equals("criteria-collective.drl"))
                .forEach(f -> assertEquals(FILES.get(f), out.get(f), f));
    }

    @Test
    void aNewLineIsARuleLikeItsNeighboursAndADeletedLineLosesItsRule() {
        KindTable c = TABLE.of(NomineeKind.COLLECTIVE).orElseThrow();
        List<CriteriaTable.TableGroup> groups = new ArrayList<>();
        for (CriteriaTable.TableGroup g : c.groups()) {
            List<TableRow> rows = new ArrayList<>(g.rows());
            if (g.code().text().equals("TT2")) {
                rows.removeIf(r -> r.code().text().equals("TT2.5"));
                rows.add(new TableRow(Value.of("TT2.6"), Value.of("Thử \"mới\""), Method.PER_ITEM, Value.of("2.5"),
                        Value.of("5"), null, null, null, null, null, null));
            }
            groups.add(new CriteriaTable.TableGroup(g.code(), g.title(), g.max(), rows, null));
        }
        CriteriaTable edited = new CriteriaTable(List.of(new KindTable(c.kind(), null, groups, c.extras())), List.of());
        String after = TableWriter.write(FILES, TABLE, edited).get("criteria-collective.drl");
        String before = FILES.get("criteria-collective.drl");
        assertTrue(after.contains("""
                rule "TT2.4 Tiết kiệm, chống lãng phí có số liệu"
                when Nominee(kind == NomineeKind.COLLECTIVE)
                then insert(Criterion.flat("TT2.4", "5"));
                end

                rule "TT2.6 Thử \\"mới\\""
                when Nominee(kind == NomineeKind.COLLECTIVE)
                then insert(Criterion.perItem("TT2.6", "2.5", "5"));
                end

                rule "TT3 Phát hiện"""), after);
        assertTrue(!after.contains("TT2.5"));
        CriteriaTable again = CriteriaTable.read(Map.of("criteria-collective.drl", after));
        assertEquals("2.5", row(again.of(NomineeKind.COLLECTIVE).orElseThrow(), "TT2.6").points().text());
        assertNotEquals(before, after);
    }

    static TableRow row(KindTable k, String code) {
        return k.rows().stream().filter(r -> r.code().text().equals(code)).findFirst().orElseThrow();
    }

    private static int lineOf(String text, String part) {
        return text.substring(0, text.indexOf(part)).split("\n", -1).length;
    }

    private static CriteriaTable withRow(NomineeKind kind, String code, java.util.function.UnaryOperator<TableRow> change) {
        List<KindTable> kinds = new ArrayList<>();
        for (KindTable k : TABLE.kinds()) {
            List<CriteriaTable.TableGroup> groups = new ArrayList<>();
            for (CriteriaTable.TableGroup g : k.groups()) {
                groups.add(new CriteriaTable.TableGroup(g.code(), g.title(), g.max(), g.rows().stream()
                        .map(r -> k.kind() == kind && r.code().text().equals(code) ? change.apply(r) : r).toList(), null));
            }
            kinds.add(new KindTable(k.kind(), null, groups, k.extras()));
        }
        return new CriteriaTable(kinds, TABLE.parameters());
    }
}
