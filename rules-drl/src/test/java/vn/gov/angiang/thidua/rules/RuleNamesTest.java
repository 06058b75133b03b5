package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.testing.RuleNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every rule is named "CODE Vietnamese title": the code first (TT3.1, CN-B1, EVIDENCE_NO_REF, PP.MOI_VIEC),
 * unique in the rule set, by which scenarios and tests find the rule; then a title with no number in it,
 * since every number lives in the code of the rules, once (see {@link OneTokenEditTest}).
 */
class RuleNamesTest {

    private static final Pattern NAME = Pattern.compile("([A-Z][A-Z0-9]*(?:[._-][A-Z0-9]+)*) (\\S.*)");

    @Test
    void everyRuleHasACodeOfItsOwnAndATitleWithoutNumbers() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> byCode = new HashMap<>();
        for (String name : DefaultRules.EVALUATOR.ruleNames()) {
            var m = NAME.matcher(name);
            if (!m.matches()) {
                wrong.add("no code, or no title: \"" + name + "\"");
                continue;
            }
            String earlier = byCode.put(m.group(1), name);
            if (earlier != null) {
                wrong.add("the code " + m.group(1) + " names two rules: \"" + earlier + "\" and \"" + name + "\"");
            }
            if (m.group(2).codePoints().anyMatch(Character::isDigit)) {
                wrong.add("a number in the title: \"" + name + "\"");
            }
            if (!RuleNames.codeOf(name).equals(m.group(1))) {
                wrong.add("the scenario runner reads another code from \"" + name + "\"");
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(DefaultRules.EVALUATOR.ruleNames().size(), byCode.size());
    }
}
