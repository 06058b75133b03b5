package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a rule file writes in quotes ({@code Criterion.perItem("TT3.1", "5", "15")}), checked before
 * anything is compiled, so that "6,5" is reported at its line with what to write instead, and not as the
 * engine's failure to read it. The rule files write decimals with a point, as code does: a comma there
 * would be ambiguous outside quotes ({@code perItem("TT3.1", 6,5, 15)} is four arguments), so one form is
 * used everywhere in the DRL; what people read (explanations, the summary) shows the decimal comma.
 */
final class NumberTexts {

    // A quoted text made only of digits, points, commas and blanks, with at least one digit (a date has '-').
    private static final Pattern NUMBER_LIKE = Pattern.compile("-?[\\d.,\\s]*\\d[\\d.,\\s]*");
    // A string literal: from a quote to the next quote not escaped, on one line.
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private NumberTexts() {
    }

    static List<Problem> check(Map<String, String> files) {
        List<Problem> problems = new ArrayList<>();
        files.forEach((file, text) -> {
            Matcher m = STRING.matcher(RuleFileCheck.blankComments(text));
            while (m.find()) {
                String written = m.group(1);
                if (NUMBER_LIKE.matcher(written).matches() && !DECIMAL.matcher(written).matches()) {
                    int[] at = FindingLocator.position(text, m.start(1));
                    problems.add(new Problem(file, at[0], at[1], message(written)));
                }
            }
        });
        return problems;
    }

    private static String message(String written) {
        String pointed = written.strip().replace(',', '.');
        if (written.indexOf(',') >= 0 && DECIMAL.matcher(pointed).matches()) {
            return "số \"" + written + "\" viết sai: trong tệp quy tắc phần thập phân đứng sau dấu chấm, hãy viết \""
                    + pointed + "\" / the number \"" + written + "\" is written with a comma: rule files write"
                    + " decimals with a point, write \"" + pointed + "\"";
        }
        return "số \"" + written + "\" viết sai: chỉ viết chữ số, phần thập phân sau một dấu chấm, không có khoảng"
                + " trắng (ví dụ \"6.5\") / the number \"" + written + "\" is not well formed: digits only, decimals"
                + " after one point, no blanks (e.g. \"6.5\")";
    }
}
