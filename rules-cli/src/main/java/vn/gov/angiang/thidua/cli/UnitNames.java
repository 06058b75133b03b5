package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.core.RuleSets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;

/**
 * The Board's units by name, from {@code units.properties} beside the embedded rules: what people read says
 * "Phòng Quản lý Doanh nghiệp", not "QLDN". JSON keeps the code as the dossier wrote it.
 */
final class UnitNames {

    private static final Properties NAMES = load();

    private UnitNames() {
    }

    /** The unit's name, or what the dossier wrote when the table does not know it (it may already be a name). */
    static String of(String unit) {
        if (unit == null || unit.isBlank()) {
            return unit;
        }
        String code = Normalizer.normalize(unit.strip(), Normalizer.Form.NFC);
        return NAMES.getProperty(code, unit);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = UnitNames.class.getClassLoader().getResourceAsStream(RuleSets.DEFAULT_FOLDER
                + "/units.properties")) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            return p; // no table: units print as the dossiers write them
        }
        return p;
    }
}
