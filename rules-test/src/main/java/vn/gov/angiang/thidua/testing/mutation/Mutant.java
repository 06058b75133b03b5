package vn.gov.angiang.thidua.testing.mutation;

/**
 * One single-token change of a rule file: where it is (the file, the rule or function it is in, line and
 * column counted from 1, and the offset in the text), the token as written and what replaces it (empty
 * when the token is removed), the operator, and the code of its line with the change marked, e.g.
 * {@code then insert(Criterion.perItem("CN2.1", "3", "⟦15 → 16⟧"));} — which identifies the mutant in the
 * equivalents file whatever lines are added above it.
 */
public record Mutant(String file, String where, int line, int column, int offset, String original,
                     String replacement, MutationOperator operator, String context) {

    /** The text of {@link #file} with this change made. */
    public String applyTo(String text) {
        if (!text.startsWith(original, offset)) {
            throw new IllegalArgumentException("the text of " + file + " is not the one this mutant was made from");
        }
        return text.substring(0, offset) + replacement + text.substring(offset + original.length());
    }

    /** {@code "criteria-individual.drl:33"}. */
    public String position() {
        return file + ":" + line;
    }

    /** What the change is, for a policy officer, Vietnamese first: {@code đổi 15 thành 16 / changing 15 to 16}. */
    public String change() {
        return vietnamese() + " / " + english();
    }

    /**
     * A surviving mutant in words:
     * {@code criteria-individual.drl:33: đổi 15 thành 16 không làm kịch bản nào sai / changing 15 to 16
     * changes no scenario's outcome}.
     */
    public String survivorLine() {
        return position() + ": " + vietnamese() + " không làm kịch bản nào sai / " + english()
                + " changes no scenario's outcome";
    }

    private String vietnamese() {
        return replacement.isEmpty() ? "bỏ " + original : "đổi " + original + " thành " + replacement;
    }

    private String english() {
        return replacement.isEmpty() ? "removing " + original : "changing " + original + " to " + replacement;
    }

    /** The line of {@code mutants-equivalent.txt} that marks this mutant equivalent, {@code reason} last. */
    public String equivalentEntry(String reason) {
        return file + " | " + where + " | " + context + " | " + reason;
    }
}
