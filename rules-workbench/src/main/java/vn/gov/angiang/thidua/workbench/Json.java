package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapper of the workbench. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
