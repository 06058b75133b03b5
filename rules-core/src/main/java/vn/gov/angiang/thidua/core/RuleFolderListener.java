package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.util.List;

/**
 * What a host hears of a rule folder it follows with {@link RuleSets#watch}. Both methods are called on
 * the watching thread, and do nothing unless overridden.
 */
public interface RuleFolderListener {

    /**
     * The folder's new rules are in use.
     *
     * @param now    the rule set now in use
     * @param before the rule set it replaced
     */
    default void reloaded(RuleSetInfo now, RuleSetInfo before) {
    }

    /**
     * The folder changed but its rules were not put in use; the rules in use stay.
     *
     * @param stillInUse      the rule set that stays in use
     * @param candidate       the snapshot of the folder that was judged (null when the folder could not be read)
     * @param problems        the problems of compiling and checking the folder, by file, line and column
     * @param failedScenarios one line per failing case of the candidate's scenario files
     */
    default void rejected(RuleSetInfo stillInUse, RuleFolderSnapshot candidate, List<RuleSetException.Problem> problems,
                          List<String> failedScenarios) {
    }
}
