package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date option in the ISO form {@code yyyy-MM-dd}; an impossible date (2026-02-30) is refused. */
final class IsoDate implements ITypeConverter<LocalDate> {

    /** The Board works on Vietnam's clock: on a UTC server "today" would still be yesterday until 07:00. */
    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    /** Today in Vietnam, the default day a dossier is considered. */
    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' không phải ngày yyyy-MM-dd / is not a date yyyy-MM-dd");
        }
    }
}
