package vn.gov.angiang.thidua.testing.mutation;

/**
 * One reviewed entry of {@code mutants-equivalent.txt}: a mutant that no dossier can tell from the rules
 * as written, named by its file, the rule (code) or function it is in, and the code of its line with the
 * change marked — not by a line number, which moves with any edit — and why it is equivalent.
 * {@code line} is the entry's own line in the equivalents file.
 */
public record Equivalent(String file, String where, String context, String reason, int line) {

    /** Whether this entry names that mutant (blanks in the context are not significant). */
    public boolean matches(Mutant m) {
        return file.equals(m.file()) && where.equals(m.where()) && collapse(context).equals(collapse(m.context()));
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
