package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance test of "policy staff change the rules themselves": changing any number of the criteria
 * table (criteria-2026.md: the constants of §0, the report points and due dates of §4, every line of §5a
 * and §5b, the bonus cap, the score's bounds and the thresholds of §6) is a one-token edit of the rule
 * folder. Each number is listed below with the one place where it is written — its file and the text
 * around it, the number in brackets — and the test checks that
 * <ul>
 *   <li>that text is in that file and nowhere else in the folder;</li>
 *   <li>every number written in a rule file (outside comments: code, rule names and messages) is one of
 *       these, or one of the few {@link #STRUCTURAL} numbers that are no parameter of the plan — so that an
 *       edit that writes a number a second time (a "5" in a message, a date copied into another rule)
 *       fails here and has to use the parameter instead;</li>
 *   <li>and, for the example of the README (TT3.1: 5 → 6 points per case), that the one-token edit alone
 *       changes the points a dossier earns.</li>
 * </ul>
 * Whitespace is not significant in the texts: runs of blanks count as one space.
 */
class OneTokenEditTest {

    /** A number (or the agency's code) of the criteria table, and where it is written: file, and text with the token in brackets. */
    record Place(String spec, String file, String context) {

        String text() {
            return context.replace("[", "").replace("]", "");
        }

        String token() {
            return context.substring(context.indexOf('[') + 1, context.indexOf(']'));
        }

        /** The offset of the token inside {@link #text()}. */
        int tokenOffset() {
            return context.indexOf('[');
        }
    }

    private static final String P = "parameters.drl";
    private static final String TT = "criteria-collective.drl";
    private static final String CN = "criteria-individual.drl";

    private static final List<Place> TABLE_AS_WRITTEN = List.of(
            // §0 Constants of the rule set
            new Place("§0 agency", P, "boardAgency() { return \"[BQLKKT-AG]\"; }"),
            new Place("§0 period start", P, "periodStart() { return date(\"[2026-01-01]\"); }"),
            new Place("§0 period end", P, "periodEnd() { return date(\"[2026-12-31]\"); }"),
            new Place("§0 dossier deadline", P, "dossierDeadline() { return date(\"[2026-11-20]\"); }"),
            new Place("§0 copies required", P, "copiesRequired() { return [2]; }"),
            new Place("§0 maximum score", P, "maxScore() { return points(\"[100]\"); }"),
            // §4 Evidence and reports
            new Place("§4 TT1.1 evidence window opens", TT, ".evidenceFrom(\"[2025-12-01]\")"),
            new Place("§4 report on time", P, "onTimeReportPoints() { return points(\"[2.5]\"); }"),
            new Place("§4 report late", P, "lateReportPoints() { return points(\"[1]\"); }"),
            new Place("§4 Q1 due", P, "ReportDue.of(ReportCode.Q1, \"[2026-04-15]\")"),
            new Place("§4 H1 due", P, "ReportDue.of(ReportCode.H1, \"[2026-06-15]\")"),
            new Place("§4 Q3 due", P, "ReportDue.of(ReportCode.Q3, \"[2026-09-15]\")"),
            new Place("§4 PLAN due", P, "ReportDue.of(ReportCode.PLAN, \"[2026-11-15]\")"),
            // §5a Collectives
            new Place("§5a TT1 max", TT, "Group.of(\"TT1\", \"[20]\")"),
            new Place("§5a TT1.1 points", TT, "Criterion.flat(\"TT1.1\", \"[4]\")"),
            new Place("§5a TT1.1 late after", TT, ".lateAfter(\"[2026-03-31]\", \"2\")"),
            new Place("§5a TT1.1 late points", TT, ".lateAfter(\"2026-03-31\", \"[2]\")"),
            new Place("§5a TT1.2 per item", TT, "Criterion.perItem(\"TT1.2\", \"[1]\", \"4\")"),
            new Place("§5a TT1.2 cap", TT, "Criterion.perItem(\"TT1.2\", \"1\", \"[4]\")"),
            new Place("§5a TT1.3 per item", TT, "Criterion.perItem(\"TT1.3\", \"[2]\", \"6\")"),
            new Place("§5a TT1.3 cap", TT, "Criterion.perItem(\"TT1.3\", \"2\", \"[6]\")"),
            new Place("§5a TT1.4 ≥95%", TT, "Criterion.rate(\"TT1.4\", band(\"[95]\", \"6\")"),
            new Place("§5a TT1.4 ≥95% points", TT, "Criterion.rate(\"TT1.4\", band(\"95\", \"[6]\")"),
            new Place("§5a TT1.4 ≥75%", TT, "band(\"95\", \"6\"), band(\"[75]\", \"4\")"),
            new Place("§5a TT1.4 ≥75% points", TT, "band(\"95\", \"6\"), band(\"75\", \"[4]\")"),
            new Place("§5a TT1.4 ≥50%", TT, "band(\"75\", \"4\"), band(\"[50]\", \"2\")"),
            new Place("§5a TT1.4 ≥50% points", TT, "band(\"75\", \"4\"), band(\"50\", \"[2]\")"),
            new Place("§5a TT2 max", TT, "Group.of(\"TT2\", \"[25]\")"),
            new Place("§5a TT2.1 points", TT, "Criterion.flat(\"TT2.1\", \"[5]\")"),
            new Place("§5a TT2.2 100%", TT, "Criterion.rate(\"TT2.2\", band(\"[100]\", \"5\")"),
            new Place("§5a TT2.2 100% points", TT, "Criterion.rate(\"TT2.2\", band(\"100\", \"[5]\")"),
            new Place("§5a TT2.2 ≥90%", TT, "band(\"100\", \"5\"), band(\"[90]\", \"3\"))"),
            new Place("§5a TT2.2 ≥90% points", TT, "band(\"100\", \"5\"), band(\"90\", \"[3]\"))"),
            new Place("§5a TT2.3 points", TT, "Criterion.flat(\"TT2.3\", \"[5]\")"),
            new Place("§5a TT2.4 points", TT, "Criterion.flat(\"TT2.4\", \"[5]\")"),
            new Place("§5a TT2.5 points", TT, "Criterion.flat(\"TT2.5\", \"[5]\")"),
            new Place("§5a TT3 max", TT, "Group.of(\"TT3\", \"[35]\")"),
            new Place("§5a TT3.1 per case", TT, "Criterion.perItem(\"TT3.1\", \"[5]\", \"15\")"),
            new Place("§5a TT3.1 cap", TT, "Criterion.perItem(\"TT3.1\", \"5\", \"[15]\")"),
            new Place("§5a TT3.2 per case", TT, "Criterion.perItem(\"TT3.2\", \"[4]\", \"12\")"),
            new Place("§5a TT3.2 cap", TT, "Criterion.perItem(\"TT3.2\", \"4\", \"[12]\")"),
            new Place("§5a TT3.3 100%", TT, "Criterion.rate(\"TT3.3\", band(\"[100]\", \"8\")"),
            new Place("§5a TT3.3 100% points", TT, "Criterion.rate(\"TT3.3\", band(\"100\", \"[8]\")"),
            new Place("§5a TT3.3 ≥90%", TT, "band(\"100\", \"8\"), band(\"[90]\", \"6\")"),
            new Place("§5a TT3.3 ≥90% points", TT, "band(\"100\", \"8\"), band(\"90\", \"[6]\")"),
            new Place("§5a TT3.3 ≥75%", TT, "band(\"90\", \"6\"), band(\"[75]\", \"4\"))"),
            new Place("§5a TT3.3 ≥75% points", TT, "band(\"90\", \"6\"), band(\"75\", \"[4]\"))"),
            new Place("§5a TT4 max", TT, "Group.of(\"TT4\", \"[10]\")"),
            new Place("§5a TT4.1 per item", TT, "Criterion.perItem(\"TT4.1\", \"[2.5]\", \"5\")"),
            new Place("§5a TT4.1 cap", TT, "Criterion.perItem(\"TT4.1\", \"2.5\", \"[5]\")"),
            new Place("§5a TT4.2 per item", TT, "Criterion.perItem(\"TT4.2\", \"[2.5]\", \"5\")"),
            new Place("§5a TT4.2 cap", TT, "Criterion.perItem(\"TT4.2\", \"2.5\", \"[5]\")"),
            new Place("§5a TT5 max", TT, "Group.of(\"TT5\", \"[10]\")"),
            new Place("§5a TT-B1 per case", TT, "Criterion.bonus(\"TT-B1\", \"[2]\")"),
            new Place("§5a TT-B2 per item", TT, "Criterion.bonus(\"TT-B2\", \"[1]\")"),
            new Place("§5a TT-D1 per sanction", TT, "Criterion.perSanction(\"TT-D1\", \"[5]\")"),
            new Place("§5a TT-D2 per item", TT, "Criterion.deduction(\"TT-D2\", \"[10]\")"),
            // §5b Individuals
            new Place("§5b CN1 max", CN, "Group.of(\"CN1\", \"[15]\")"),
            new Place("§5b CN1.1 points", CN, "Criterion.flat(\"CN1.1\", \"[10]\")"),
            new Place("§5b CN1.1 with a sanction", CN, ".ifSanctioned(\"[0]\")"),
            new Place("§5b CN1.2 points", CN, "Criterion.flat(\"CN1.2\", \"[5]\")"),
            new Place("§5b CN2 max", CN, "Group.of(\"CN2\", \"[30]\")"),
            new Place("§5b CN2.1 per item", CN, "Criterion.perItem(\"CN2.1\", \"[3]\", \"15\")"),
            new Place("§5b CN2.1 cap", CN, "Criterion.perItem(\"CN2.1\", \"3\", \"[15]\")"),
            new Place("§5b CN2.2 ≥95%", CN, "Criterion.rate(\"CN2.2\", band(\"[95]\", \"15\")"),
            new Place("§5b CN2.2 ≥95% points", CN, "Criterion.rate(\"CN2.2\", band(\"95\", \"[15]\")"),
            new Place("§5b CN2.2 ≥80%", CN, "band(\"95\", \"15\"), band(\"[80]\", \"10\")"),
            new Place("§5b CN2.2 ≥80% points", CN, "band(\"95\", \"15\"), band(\"80\", \"[10]\")"),
            new Place("§5b CN2.2 ≥60%", CN, "band(\"80\", \"10\"), band(\"[60]\", \"5\")"),
            new Place("§5b CN2.2 ≥60% points", CN, "band(\"80\", \"10\"), band(\"60\", \"[5]\")"),
            new Place("§5b CN3 max", CN, "Group.of(\"CN3\", \"[35]\")"),
            new Place("§5b CN3.1 per case", CN, "Criterion.perItem(\"CN3.1\", \"[7]\", \"21\")"),
            new Place("§5b CN3.1 cap", CN, "Criterion.perItem(\"CN3.1\", \"7\", \"[21]\")"),
            new Place("§5b CN3.2 per case", CN, "Criterion.perItem(\"CN3.2\", \"[7]\", \"14\")"),
            new Place("§5b CN3.2 cap", CN, "Criterion.perItem(\"CN3.2\", \"7\", \"[14]\")"),
            new Place("§5b CN4 max", CN, "Group.of(\"CN4\", \"[10]\")"),
            new Place("§5b CN4.1 points", CN, "Criterion.flat(\"CN4.1\", \"[6]\")"),
            new Place("§5b CN4.2 per item", CN, "Criterion.perItem(\"CN4.2\", \"[1]\", \"4\")"),
            new Place("§5b CN4.2 cap", CN, "Criterion.perItem(\"CN4.2\", \"1\", \"[4]\")"),
            new Place("§5b CN5 max", CN, "Group.of(\"CN5\", \"[10]\")"),
            new Place("§5b CN-B1 per item", CN, "Criterion.bonus(\"CN-B1\", \"[3]\")"),
            new Place("§5b CN-B2 per item", CN, "Criterion.bonus(\"CN-B2\", \"[1]\")"),
            new Place("§5b CN-D1 per item", CN, "Criterion.deduction(\"CN-D1\", \"[2]\")"),
            // §5a, §5b Bonus cap (both tables); §6 The score and the award
            new Place("§5 bonus cap", P, "bonusCap() { return points(\"[5]\"); }"),
            new Place("§6 lowest score", "score.drl", "within(criteria.add($bonus).subtract($deductions), points(\"[0]\"), maxScore())"),
            new Place("§6 Giấy khen from", P, "Threshold.of(Award.GIAY_KHEN, \"[80]\")"),
            new Place("§6 Bằng khen from", P, "Threshold.of(Award.BANG_KHEN, \"[90]\")"));

    /** Numbers written in the rules that are no parameter of the plan: the shape of a check, not a value to change. */
    private static final List<Place> STRUCTURAL_AS_WRITTEN = List.of(
            new Place("FLAT: no valid item earns nothing", "methods.drl", "$refs.isEmpty() ? points(\"[0]\") : $c.points()"),
            new Place("a rate's done is not negative", "evidence.drl", "item.done() >= [0]"),
            new Place("the rate message (vi)", "evidence.drl", "không thỏa [0] ≤ đã thực hiện ≤ tổng số"),
            new Place("the rate message (en)", "evidence.drl", "does not have [0] <= done <= total"),
            new Place("a report citing no case", "dossier.drl", "report.cases < [1]"));

    /** A number as written in a rule: digits, maybe with a decimal point or as a date; not the digits of a code (TT3.1, Q1). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.])\\p{N}+(?:[.\\-/]\\p{N}+)*(?![\\p{L}\\p{N}_])");

    /** The rule files without their comments, blanks normalised: a number in a comment is not written in the rules. */
    private static final Map<String, String> FILES = normalised(RuleSets.defaultSource().files());

    /** The places with the numbers the rule files hold now: an edited number is read from the rules, not from here. */
    static final List<Place> TABLE = TABLE_AS_WRITTEN.stream().map(OneTokenEditTest::asNow).toList();
    static final List<Place> STRUCTURAL = STRUCTURAL_AS_WRITTEN.stream().map(OneTokenEditTest::asNow).toList();

    /**
     * The place as the file has it now: its text as listed when that is found; otherwise, the one text of the
     * file that differs from it only in its numbers (an edited value), with those numbers.
     */
    static Place asNow(Place p) {
        String code = FILES.get(p.file());
        String text = normalise(p.text());
        if (code == null || code.contains(text)) {
            return p;
        }
        int tokenAt = normalise(p.context().substring(0, p.tokenOffset())).length();
        Matcher number = NUMBER.matcher(text);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        int token = -1;
        for (int i = 0; number.find(); i++) {
            token = number.start() == tokenAt ? i : token;
            regex.append(Pattern.quote(text.substring(last, number.start()))).append("(\\p{N}+(?:[.\\-/]\\p{N}+)*)");
            last = number.end();
        }
        regex.append(Pattern.quote(text.substring(last)));
        Matcher found = Pattern.compile(regex.toString()).matcher(code);
        if (token < 0 || !found.find()) {
            return p;
        }
        java.util.regex.MatchResult now = found.toMatchResult();
        if (found.find()) {
            return p; // the numbers alone do not tell which text is meant: keep the listed one, whose check reports it
        }
        StringBuilder context = new StringBuilder();
        number.reset();
        last = 0;
        for (int i = 0; number.find(); i++) {
            String value = now.group(i + 1);
            context.append(text, last, number.start()).append(i == token ? "[" + value + "]" : value);
            last = number.end();
        }
        context.append(text.substring(last));
        return new Place(p.spec(), p.file(), context.toString());
    }

    @Test
    void everyNumberOfTheTableIsWrittenOnceWhereTheListSays() {
        assertEquals(TABLE.size(), TABLE.stream().map(Place::spec).distinct().count(), "two entries for one number");
        List<String> wrong = new ArrayList<>();
        for (Place p : concat(TABLE, STRUCTURAL)) {
            String text = normalise(p.text());
            FILES.forEach((file, code) -> {
                int n = count(code, text);
                if (file.equals(p.file()) && n != 1) {
                    wrong.add(p.spec() + ": " + p.file() + " should have `" + text + "` once, has it " + n + " times");
                } else if (!file.equals(p.file()) && n != 0) {
                    wrong.add(p.spec() + ": `" + text + "` is written in " + file + " too (only in " + p.file() + ")");
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyNumberWrittenInTheRulesIsOneOfTheTable() {
        Map<String, List<int[]>> claimed = new HashMap<>(); // file → [start, end) of the tokens the list names
        for (Place p : concat(TABLE, STRUCTURAL)) {
            String code = FILES.get(p.file());
            int at = code == null ? -1 : code.indexOf(normalise(p.text()));
            if (at >= 0) {
                int start = at + normalise(p.context().substring(0, p.tokenOffset())).length();
                claimed.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(new int[]{start, start + p.token().length()});
            }
        }
        List<String> unlisted = new ArrayList<>();
        FILES.forEach((file, uncommented) -> {
            Matcher m = NUMBER.matcher(uncommented);
            while (m.find()) {
                int start = m.start();
                boolean listed = claimed.getOrDefault(file, List.of()).stream()
                        .anyMatch(c -> c[0] == start && c[1] == m.end());
                if (!listed) {
                    unlisted.add(file + ": " + m.group() + " in `" + around(uncommented, start, m.end()) + "`");
                }
            }
        });
        assertEquals(List.of(), unlisted, "numbers written in the rules that are not the one place of a number of the"
                + " table: write the number once (parameters.drl, or the line of the table) and use it, or list it here");
    }

    /**
     * Every number of the list, changed alone (a number by one, a day by one day) in the folder's text,
     * gives a rule set that validates — or, for a maximum, one that validate refuses only because the
     * group's maxima no longer add up (which is what the sums are checked for), never anything else. On each
     * edit that validates, the counterexample search of {@code thidua diff} finds a dossier whose outcome
     * changes ({@link EditImpactTest#searchFinds}); done here so that each edited set is compiled once.
     */
    @Test
    void everyNumberChangedAloneValidatesOrBreaksOnlyTheSums() {
        Map<String, String> original = RuleSets.defaultSource().files();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> clean = java.util.Collections.synchronizedList(new ArrayList<>());
        List<EditImpactTest.Found> found = java.util.Collections.synchronizedList(new ArrayList<>());
        TABLE.parallelStream().forEach(p -> {
            Map<String, String> files = changedAlone(p, original);
            if (files == null) {
                wrong.add(p.spec() + ": not found");
                return;
            }
            InspectableEvaluator edited;
            try {
                edited = RuleSets.load(RuleSource.of("edited", "1", files));
            } catch (RuleSetException e) {
                List<String> problems = e.problems().isEmpty() ? List.of(e.getMessage())
                        : e.problems().stream().map(RuleSetException.Problem::message).toList();
                if (!problems.stream().allMatch(q -> q.contains("add up"))) {
                    wrong.add(p.spec() + " (" + p.token() + " → " + bumped(p.token()) + "): " + problems);
                }
                return;
            }
            clean.add(p.spec());
            EditImpactTest.searchFinds(p.spec(), edited, wrong, found);
        });
        assertEquals(List.of(), wrong);
        assertTrue(clean.contains("§5a TT3.1 per case"), () -> "clean edits: " + clean);
        assertTrue(clean.size() > TABLE.size() / 2, () -> "clean edits: " + clean);
        EditImpactTest.print(found);
    }

    /** The rule files with the number of {@code p} {@linkplain #bumped bumped}, and nothing else changed; null when its text is not found. */
    static Map<String, String> changedAlone(Place p, Map<String, String> original) {
        String text = original.get(p.file());
        Matcher at = Pattern.compile(Pattern.quote(p.text()).replace(" ", "\\E\\s+\\Q")).matcher(text);
        if (!at.find()) {
            return null;
        }
        String before = text.substring(at.start(), at.end());
        // The token's place: as many non-blank characters before it as in the listed context.
        int solid = p.context().substring(0, p.tokenOffset()).replaceAll("\\s+", "").length();
        int token = 0;
        for (int seen = 0; seen < solid || Character.isWhitespace(before.charAt(token)); token++) {
            if (!Character.isWhitespace(before.charAt(token))) {
                seen++;
            }
        }
        String edited = before.substring(0, token) + bumped(p.token()) + before.substring(token + p.token().length());
        Map<String, String> files = new LinkedHashMap<>(original);
        files.put(p.file(), text.substring(0, at.start()) + edited + text.substring(at.end()));
        return files;
    }

    /** The token changed a little: a day by one day, a number by one, a code by one letter. */
    static String bumped(String token) {
        if (token.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(token).plusDays(1).toString();
        }
        if (token.matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(token).add(BigDecimal.ONE).toPlainString();
        }
        return token + "X";
    }

    /**
     * The README's example: one more point per case under TT3.1 (5 → 6 as shipped) is one token of
     * criteria-collective.drl; the number is read from the rules, so the test holds after that very edit.
     */
    @Test
    void onePointMorePerCaseUnderTT31IsAOneTokenEdit() throws IOException {
        Place perCase = TABLE.stream().filter(p -> p.spec().equals("§5a TT3.1 per case")).findFirst().orElseThrow();
        Place cap = TABLE.stream().filter(p -> p.spec().equals("§5a TT3.1 cap")).findFirst().orElseThrow();
        BigDecimal points = new BigDecimal(perCase.token());
        BigDecimal max = new BigDecimal(cap.token());
        Map<String, String> files = changedAlone(perCase, RuleSets.defaultSource().files());
        assertEquals(RuleSets.defaultSource().files().get(perCase.file()).length() + bumped(perCase.token()).length()
                - perCase.token().length(), files.get(perCase.file()).length(), "one token changed");
        InspectableEvaluator edited = RuleSets.load(RuleSource.of("an-giang-bqlkkt-2026-edited", "1", files));

        String base = Files.readString(DefaultRules.SCENARIOS.resolve("bases/tap-the-trong.json"));
        Dossier twoCases = DossierJson.readDossier(base.replace("\"evidence\": []", """
                "evidence": [
                  { "criterion": "TT3.1", "ref": "Vụ việc 01/VV-2026", "date": "2026-04-10", "result": "Thu hồi" },
                  { "criterion": "TT3.1", "ref": "Vụ việc 02/VV-2026", "date": "2026-05-10", "result": "Kỷ luật" } ]"""));
        LocalDate day = LocalDate.of(2026, 11, 25);
        Evaluation was = DefaultRules.EVALUATOR.evaluate(twoCases, day);
        Evaluation is = edited.evaluate(twoCases, day);
        BigDecimal two = BigDecimal.valueOf(2);
        assertEquals(0, points.multiply(two).min(max).compareTo(was.criterion("TT3.1").orElseThrow().points()));
        assertEquals(0, points.add(BigDecimal.ONE).multiply(two).min(max)
                .compareTo(is.criterion("TT3.1").orElseThrow().points()));
        assertTrue(is.criterion("TT3.1").orElseThrow().max().compareTo(max) == 0, "the cap is unchanged");
    }

    private static List<Place> concat(List<Place> a, List<Place> b) {
        List<Place> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, String> normalised(Map<String, String> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, text) -> out.put(name, normalise(withoutComments(text))));
        return out;
    }

    /** Runs of blanks (spaces, tabs, line breaks) as one space. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).strip();
    }

    /** The text with its comments replaced by spaces; strings are kept: a number in a rule's name or message is written too. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        boolean inString = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                inString = c != '"';
                i++;
            } else if (c == '"') {
                inString = true;
                i++;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int j = i; j < end; j++) {
                    out.setCharAt(j, ' ');
                }
                i = end;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                for (int j = i; j < end; j++) {
                    out.setCharAt(j, ' ');
                }
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
