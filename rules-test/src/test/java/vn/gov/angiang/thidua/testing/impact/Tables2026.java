package vn.gov.angiang.thidua.testing.impact;

import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.table.CriteriaTable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The 2026 table, read from the rule folder beside this module (rules-drl is not on this module's classpath). */
final class Tables2026 {

    static final CriteriaTable TABLE = CriteriaTable.read(RuleSource.fromDirectory(
            Path.of("../rules-drl/src/main/resources/thidua/rules")).files());

    private Tables2026() {
    }

    static DossierGenerator generator(long seed) {
        return generator(seed, null);
    }

    static DossierGenerator generator(long seed, LocalDate day) {
        return new DossierGenerator(seed, day, List.of(TABLE));
    }
}
