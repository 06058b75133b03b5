package vn.gov.angiang.thidua.api.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the JSON Schemas (draft 2020-12) of the two formats live on the classpath, so that hosts and
 * the CLI can validate or publish them without knowing the jar's layout. The names are class-loader
 * resource names (no leading slash); with a {@code Class}, prefix a slash.
 */
public final class Schemas {

    /** The schema of one dossier (the input). */
    public static final String DOSSIER = "vn/gov/angiang/thidua/api/dossier.schema.json";

    /** The schema of one output record: an evaluation or an error record. */
    public static final String EVALUATION = "vn/gov/angiang/thidua/api/evaluation.schema.json";

    private Schemas() {
    }

    /**
     * Opens a schema from the classpath of this library.
     *
     * @param name {@link #DOSSIER} or {@link #EVALUATION}
     * @return the schema's bytes (UTF-8), to close
     */
    public static InputStream open(String name) {
        InputStream in = Schemas.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("no schema on the classpath: " + name);
        }
        return in;
    }

    /**
     * The text of a schema, for printing or publishing.
     *
     * @param name {@link #DOSSIER} or {@link #EVALUATION}
     * @return the schema as text
     */
    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
