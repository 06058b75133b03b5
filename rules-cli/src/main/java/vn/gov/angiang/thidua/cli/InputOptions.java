package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gov.angiang.thidua.api.json.ReadLimits;

import java.time.LocalDate;

/** The options of the commands that read dossiers: the day considered, how to read the files, the limits. */
final class InputOptions {

    @Option(names = "--considered-on", paramLabel = "yyyy-MM-dd", converter = IsoDate.class,
            description = "Ngày xét (mặc định: hôm nay, giờ Việt Nam) / the day the dossiers are considered "
                    + "(default: today in Vietnam).")
    LocalDate consideredOn;

    @Option(names = "--input-format", paramLabel = "KIND", defaultValue = "auto",
            description = "auto (theo đuôi tệp / by file name), json, jsonl. Mặc định / default: ${DEFAULT-VALUE}.")
    Inputs.Kind inputFormat;

    @Mixin
    LimitOptions limits;

    /** The day given, or today in Vietnam. */
    LocalDate day() {
        return consideredOn != null ? consideredOn : IsoDate.today();
    }

    ReadLimits readLimits() {
        return limits.readLimits();
    }
}
