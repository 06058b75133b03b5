package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import vn.gov.angiang.thidua.api.json.ReadLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code --limit NAME=VALUE}, repeatable: the limits of reading input (rules-api's {@link ReadLimits}).
 * An unknown name or a value out of range is a usage error (exit status 2).
 */
public final class LimitOptions {

    /** Each limit by its name in ReadLimits, and how to set it. */
    static final Map<String, BiFunction<ReadLimits, Integer, ReadLimits>> NAMES = Map.of(
            "maxDossierBytes", ReadLimits::withMaxDossierBytes,
            "maxStringLength", ReadLimits::withMaxStringLength,
            "maxNestingDepth", ReadLimits::withMaxNestingDepth,
            "maxEvidenceItems", ReadLimits::withMaxEvidenceItems,
            "maxListItems", ReadLimits::withMaxListItems);

    /** One {@code NAME=VALUE}, checked. */
    record Limit(String name, int value) {
    }

    @Option(names = "--limit", paramLabel = "NAME=VALUE", converter = Converter.class,
            description = {"Giới hạn khi đọc dữ liệu, lặp lại được / a limit of reading input, repeatable. NAME: "
                    + "maxDossierBytes (mặc định / default 1048576), maxStringLength (10000), maxNestingDepth (16, "
                    + "4..1000), maxEvidenceItems (2000), maxListItems (200). Vượt giới hạn: bản ghi lỗi "
                    + "LIMIT_EXCEEDED / beyond a limit: an error record LIMIT_EXCEEDED naming it."})
    List<Limit> limits = new ArrayList<>();

    /** The defaults with every limit given applied, in order (the last of a name wins). */
    ReadLimits readLimits() {
        ReadLimits limits = ReadLimits.defaults();
        for (Limit l : this.limits) {
            limits = NAMES.get(l.name()).apply(limits, l.value());
        }
        return limits;
    }

    /** Parses {@code NAME=VALUE}; picocli turns a failure into a usage error that names the option. */
    static final class Converter implements ITypeConverter<Limit> {
        @Override
        public Limit convert(String text) {
            int eq = text.indexOf('=');
            String name = eq < 0 ? text.strip() : text.substring(0, eq).strip();
            if (!NAMES.containsKey(name)) {
                throw new TypeConversionException("không có giới hạn / no limit named '" + name + "'; one of "
                        + NAMES.keySet().stream().sorted().toList() + ", as NAME=VALUE");
            }
            if (eq < 0) {
                throw new TypeConversionException("thiếu giá trị / no value: write " + name + "=VALUE");
            }
            String digits = text.substring(eq + 1).strip().replace("_", "");
            int value;
            try {
                if (!digits.matches("\\d{1,10}")) {
                    throw new NumberFormatException();
                }
                value = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text.substring(eq + 1) + "' không phải số nguyên không âm / "
                        + "is not a whole number from 0 to " + Integer.MAX_VALUE + " (" + name + ")");
            }
            try {
                NAMES.get(name).apply(ReadLimits.defaults(), value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(name + "=" + value + " ngoài khoảng cho phép / out of range: "
                        + e.getMessage());
            }
            return new Limit(name, value);
        }
    }
}
