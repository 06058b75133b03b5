package vn.gov.angiang.thidua.api;

import java.time.LocalDate;

/** How the dossier was sent to the Internal Affairs Commission. */
public record Submission(Confirmation confirmation, AchievementReport report, Integer copies,
                         LocalDate received) {
}
