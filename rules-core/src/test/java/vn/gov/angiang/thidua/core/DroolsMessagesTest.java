package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mistakes policy staff make most, each at its line and column, in plain Vietnamese first; the second
 * line is Drools' or Java's own text, pinned here as Drools 10.2.0 writes it, so that an upgrade that rewords
 * a message fails this test and {@link DroolsMessages} is updated with it.
 */
class DroolsMessagesTest {

    /** What a Vietnamese message must not show: a Java package, class, type or exception. */
    private static final Pattern MACHINE = Pattern.compile(
            "\\b(?:java|javax|org|vn)\\.\\w|\\w+(?:Exception|Error)\\b|\\b(?:String|int|double|Integer|BigDecimal|null)\\b");

    private static final String RULE = RuleSetCompilerTest.HEADER + """
            rule "T.1 Tổng điểm"
                ruleflow-group "tong-diem"
            when
            then
                %s
            end
            """;

    private static Problem only(String consequence) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSets.load(RuleSource.of("t", "1", Map.of("diem.drl", RULE.formatted(consequence)))));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals("diem.drl", p.file());
        String vi = p.message().substring(0, p.message().indexOf(" / "));
        assertFalse(MACHINE.matcher(vi).find(), () -> "machine words in the Vietnamese: " + vi);
        return p;
    }

    private static String forIt(Problem p) {
        int newline = p.message().indexOf('\n');
        return newline < 0 ? "" : p.message().substring(newline + 1);
    }

    @Test
    void aDecimalCommaIsReportedWithThePointToWrite() {
        Problem p = only("insert(new Score(points(\"6,5\"), points(\"0\"), points(\"0\"), points(\"6.5\")));");
        assertEquals(9, p.line());
        assertEquals(30, p.column());
        assertTrue(p.message().startsWith("số \"6,5\" viết sai: trong tệp quy tắc phần thập phân đứng sau dấu chấm,"
                + " hãy viết \"6.5\""), p.message());
    }

    @Test
    void aMalformedNumberIsReported() {
        Problem p = only("insert(new Score(points(\"6 5\"), points(\"0\"), points(\"0\"), points(\"6\")));");
        assertTrue(p.message().startsWith("số \"6 5\" viết sai"), p.message());
    }

    @Test
    void aMissingBracketNamesTheBracket() {
        Problem p = only("insert(new Score(points(\"1\"), points(\"0\"), points(\"0\"), points(\"1\"));");
        assertEquals(9, p.line());
        assertTrue(p.message().startsWith("phần 'then' chưa đóng đủ dấu ngoặc trước ';': thiếu dấu ')'?"), p.message());
        assertEquals("Unable to parse consequence caused by: (line 2,col 68) Parse error. Found \";\",", forIt(p));
    }

    @Test
    void anUnquotedNumberSaysToQuoteIt() {
        Problem p = only("insert(new Score(points(1), points(\"0\"), points(\"0\"), points(\"1\")));");
        assertEquals(9, p.line());
        assertTrue(p.message().startsWith("số ở vị trí thứ 1 của 'points' phải viết trong dấu ngoặc kép, ví dụ \"5\""
                + " thay cho 5"), p.message());
        assertEquals("The method points(String) in the type Functions is not applicable for the arguments (int)", forIt(p));
    }

    @Test
    void anUnknownNameIsNotInTheVocabulary() {
        Problem p = only("insert(new Scor(points(\"1\"), points(\"0\"), points(\"0\"), points(\"1\")));");
        assertEquals(9, p.line());
        assertTrue(p.message().startsWith("không có 'Scor' trong từ vựng của bộ quy tắc"), p.message());
        assertEquals("Scor cannot be resolved to a type", forIt(p));
    }

    @Test
    void aMisspeltValueListsTheValues() {
        String drl = RuleSetCompilerTest.HEADER + """
                rule "T.2 x"
                    ruleflow-group "xep-loai"
                when
                    Nominee(kind == NomineeKind.COLLECTIV)
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSets.load(RuleSource.of("t", "1", Map.of("gia-tri.drl", drl))));
        Problem p = e.problems().get(0);
        assertEquals(8, p.line(), p::toString);
        assertTrue(p.message().startsWith("'COLLECTIV' không phải là một giá trị của NomineeKind (các giá trị:"
                + " INDIVIDUAL, COLLECTIVE)"), p.message());
        assertEquals("Unknown field COLLECTIV on class vn.gov.angiang.thidua.api.NomineeKind", forIt(p));
    }
}
