package vn.gov.angiang.thidua.vocabulary;

/** Where a line's points go: the criteria total, the bonus, or the deductions. */
public enum Line { CRITERION, BONUS, DEDUCTION }
