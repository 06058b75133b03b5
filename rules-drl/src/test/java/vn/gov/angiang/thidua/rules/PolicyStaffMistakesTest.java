package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three mistakes an officer makes editing TT3.1 in the shipped rules — a decimal comma, a missing
 * bracket, an unquoted number — each reported at the line of TT3.1 in plain Vietnamese, with no Java
 * class or exception name before the English.
 */
class PolicyStaffMistakesTest {

    private static final String FILE = "criteria-collective.drl";
    private static final String LINE = "then insert(Criterion.perItem(\"TT3.1\", \"5\", \"15\"));";
    private static final Pattern MACHINE = Pattern.compile(
            "\\b(?:java|javax|org|vn)\\.\\w|\\w+(?:Exception|Error)\\b|\\b(?:String|int|Integer|BigDecimal)\\b");

    private static Problem edited(String replacement) {
        RuleSource shipped = RuleSets.defaultSource();
        Map<String, String> files = new HashMap<>(shipped.files());
        String text = files.get(FILE);
        assertTrue(text.contains(LINE));
        int line = (int) text.substring(0, text.indexOf(LINE)).chars().filter(c -> c == '\n').count() + 1;
        files.put(FILE, text.replace(LINE, replacement));
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSets.load(RuleSource.of(shipped.id(), shipped.version(), files)));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(FILE, p.file());
        assertEquals(line, p.line(), p::toString);
        assertTrue(p.column() > 0, p::toString);
        String vi = p.message().substring(0, p.message().indexOf(" / "));
        assertFalse(MACHINE.matcher(vi).find(), vi);
        return p;
    }

    @Test
    void aDecimalComma() {
        Problem p = edited("then insert(Criterion.perItem(\"TT3.1\", \"6,5\", \"15\"));");
        assertEquals(41, p.column());
        assertTrue(p.message().contains("hãy viết \"6.5\""), p.message());
    }

    @Test
    void aMissingBracket() {
        Problem p = edited("then insert(Criterion.perItem(\"TT3.1\", \"5\", \"15\");");
        assertTrue(p.message().startsWith("phần 'then' chưa đóng đủ dấu ngoặc"), p.message());
    }

    @Test
    void anUnquotedNumber() {
        Problem p = edited("then insert(Criterion.perItem(\"TT3.1\", 5, \"15\"));");
        assertTrue(p.message().startsWith("số ở vị trí thứ 2 của 'perItem' phải viết trong dấu ngoặc kép"), p.message());
    }
}
