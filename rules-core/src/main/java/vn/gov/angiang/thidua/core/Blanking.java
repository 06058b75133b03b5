package vn.gov.angiang.thidua.core;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.util.List;
import java.util.Map;

/**
 * Drools' executable model reports one error per build. To report them all, a validation builds again
 * without the rules it found errors in: each such rule is replaced by blanks (lines kept, so that the
 * next errors keep their lines). Only rules are blanked — no other part of a file refers to a rule, so
 * blanking one never makes errors elsewhere; an error outside a rule ends the search.
 */
final class Blanking {

    private Blanking() {
    }

    /** Blanks, in {@code files}, each rule that one of the problems lies in; true if any was blanked. */
    static boolean blankWhereFound(Map<String, String> files, List<Problem> problems, Map<String, PackageDescr> packages) {
        boolean blanked = false;
        for (Problem p : problems) {
            String text = files.get(p.file());
            PackageDescr pkg = packages.get(p.file());
            if (text == null || pkg == null || p.line() <= 0) {
                continue;
            }
            for (RuleDescr r : pkg.getRules()) {
                if (p.line() >= r.getLine() && p.line() <= Math.max(r.getEndLine(), r.getLine())
                        && r.getStartCharacter() >= 0 && r.getEndCharacter() > r.getStartCharacter()) {
                    String before = text;
                    text = blank(text, r.getStartCharacter(), Math.min(r.getEndCharacter() + 1, text.length()));
                    blanked |= !text.equals(before);
                }
            }
            files.put(p.file(), text);
        }
        return blanked;
    }

    private static String blank(String text, int from, int to) {
        StringBuilder b = new StringBuilder(text);
        for (int i = from; i < to; i++) {
            if (b.charAt(i) != '\n') {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
