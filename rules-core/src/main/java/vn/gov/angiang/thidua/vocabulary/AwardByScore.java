package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.Award;

/** The award the score alone earns (mức khen theo điểm). */
public record AwardByScore(Award award) {
}
