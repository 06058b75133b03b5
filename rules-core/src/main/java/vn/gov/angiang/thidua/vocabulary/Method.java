package vn.gov.angiang.thidua.vocabulary;

/** How a line of the criteria table earns points (cách tính điểm). */
public enum Method {
    /** p points for each valid item, at most the cap (mỗi việc). */
    PER_ITEM,
    /** the points once there is one valid item (đạt). */
    FLAT,
    /** done/total against bands (tỷ lệ). */
    RATE,
    /** the four periodic reports (báo cáo định kỳ). */
    REPORTS,
    /** bonus: p points for each valid item (điểm thưởng). */
    BONUS,
    /** deduction: p points for each valid item (điểm trừ). */
    DEDUCTION,
    /** deduction: p points for each counted sanction (điểm trừ theo quyết định kỷ luật). */
    PER_SANCTION;

    /** Which total the line's points go to. */
    public Line line() {
        return switch (this) {
            case BONUS -> Line.BONUS;
            case DEDUCTION, PER_SANCTION -> Line.DEDUCTION;
            default -> Line.CRITERION;
        };
    }
}
