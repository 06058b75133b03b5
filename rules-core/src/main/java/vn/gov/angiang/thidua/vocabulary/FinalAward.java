package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.Award;

/** The award given (khen thưởng): the award by score, or none while a reason stands. */
public record FinalAward(Award award) {
}
