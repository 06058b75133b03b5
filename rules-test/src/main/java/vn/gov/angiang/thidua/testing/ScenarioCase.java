package vn.gov.angiang.thidua.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One case of a scenario file: a dossier (the file's base with this case's changes merged in), the day
 * it is considered, and what the evaluation must show.
 */
record ScenarioCase(Path file, String name, LocalDate consideredOn, JsonNode dossier, JsonNode expect) {
}
