package vn.gov.angiang.thidua.api;

/** What the achievement report contains: figures, and how many specific cases it cites. */
public record AchievementReport(Boolean figures, Integer cases) {
}
