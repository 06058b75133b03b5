package vn.gov.angiang.thidua.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** scenario.schema.json describes the scenario files as the runner reads them. */
class ScenarioSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        try (InputStream in = ScenarioFiles.class.getResourceAsStream("scenario.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
    }

    @Test
    void everyScenarioFileOfTheDefaultRulesFollowsTheSchema() throws IOException {
        JsonSchema schema = schema();
        List<String> wrong = new ArrayList<>();
        List<Path> files = ScenarioFiles.find(List.of(ScenariosTest.DEFAULT_FOLDER));
        for (Path f : files) {
            Set<ValidationMessage> problems = schema.validate(JSON.readTree(Files.readString(f)));
            problems.forEach(p -> wrong.add(f.getFileName() + ": " + p.getMessage()));
        }
        assertFalse(files.isEmpty());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSchemaRefusesAnUnknownExpectationAndAWrongCategory() throws IOException {
        JsonSchema schema = schema();
        assertFalse(schema.validate(JSON.readTree("""
                { "cases": [ { "name": "x", "expect": { "scroe": 90 } } ] }""")).isEmpty());
        assertFalse(schema.validate(JSON.readTree("""
                { "cases": [ { "name": "x", "expect": { "reasons": [ { "code": "A", "category": "OTHER" } ] } } ] }""")).isEmpty());
        assertEquals(Set.of(), schema.validate(JSON.readTree("""
                { "cases": [ { "name": "x", "expect": { "reasons": [ "A", { "code": "B", "category": "SCOPE" } ] } } ] }""")));
    }

    @Test
    void theSchemaNamesExactlyTheExpectationsTheRunnerChecks() throws IOException {
        try (InputStream in = ScenarioFiles.class.getResourceAsStream("scenario.schema.json")) {
            JsonNode expect = JSON.readTree(in).at("/$defs/expect/properties");
            Set<String> named = new TreeSet<>();
            expect.fieldNames().forEachRemaining(named::add);
            assertEquals(new TreeSet<>(ScenarioRunner.KNOWN), named);
        }
    }
}
