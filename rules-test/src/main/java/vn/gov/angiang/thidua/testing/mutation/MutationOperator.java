package vn.gov.angiang.thidua.testing.mutation;

/** The kinds of single-token change a mutant makes to a rule file, outside comments. */
public enum MutationOperator {
    /** A number ±1, written bare ({@code 2}) or in a string ({@code "15"}, {@code "2.5"}). */
    NUMBER("con số ±1", "number ±1"),
    /** A day {@code "2026-04-15"} ±1 day. */
    DATE("ngày ±1", "date ±1 day"),
    /** {@code <} ↔ {@code <=}, {@code >} ↔ {@code >=}, {@code ==} ↔ {@code !=}. */
    COMPARISON("phép so sánh", "comparison"),
    /** {@code not} or {@code !} removed. */
    NEGATION("bỏ phủ định", "negation removed"),
    /** {@code not} ↔ {@code exists}. */
    EXISTS_NOT("exists ↔ not", "exists ↔ not"),
    /** {@code true} ↔ {@code false}, {@code &&} ↔ {@code ||}. */
    BOOLEAN("đúng/sai, và/hoặc", "true/false, and/or"),
    /** {@code Type.CONSTANT} of an enum of the vocabulary swapped for another constant of that enum. */
    ENUM_CONSTANT("hằng liệt kê", "enum constant"),
    /** The {@code Category} of a reason swapped for another category. */
    REASON_CATEGORY("loại lý do", "reason category");

    private final String vietnamese;
    private final String english;

    MutationOperator(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
