package vn.gov.angiang.thidua.examples.spring;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.api.json.DossierReader;
import vn.gov.angiang.thidua.api.json.InputFormat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /evaluations}: one dossier (a JSON object) or several (a JSON array), answered with the
 * evaluation or the array of evaluations in the JSON of formats.md; {@code GET /rule-set}: the rule set in use.
 * The body is read as bytes by the library's strict reader (UTF-8, limits, the field of every mistake), not
 * by Spring's JSON mapper, so that the service accepts exactly what the command line tool accepts.
 */
@RestController
class EvaluationController {

    private static final ZoneId AN_GIANG = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Evaluator evaluator;
    private final DossierReader reader;

    EvaluationController(Evaluator evaluator, DossierReader reader) {
        this.evaluator = evaluator;
        this.reader = reader;
    }

    /** {@code consideredOn} (yyyy-MM-dd) is the day the dossiers are considered; today in An Giang by default. */
    @PostMapping(path = "/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> evaluate(@RequestBody byte[] body,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate consideredOn) {
        LocalDate day = consideredOn == null ? LocalDate.now(AN_GIANG) : consideredOn;
        List<DossierRead> reads = new ArrayList<>();
        reader.read(new ByteArrayInputStream(body), InputFormat.JSON, reads::add);
        List<InvalidDossiers.Invalid> invalid = reads.stream().filter(DossierRead.Failed.class::isInstance)
                .map(r -> new InvalidDossiers.Invalid(r.index(), ((DossierRead.Failed) r).error())).toList();
        if (!invalid.isEmpty()) {
            throw new InvalidDossiers(invalid);
        }
        List<Evaluation> evaluations = reads.stream()
                .map(r -> evaluator.evaluate(((DossierRead.Ok) r).dossier(), day)).toList();
        String json = isArray(body) ? DossierJson.write(evaluations) : DossierJson.write(evaluations.get(0));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    /** The id, version and sha256 of the rule set every evaluation of this service names. */
    @GetMapping(path = "/rule-set", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> ruleSet() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DossierJson.write(evaluator.ruleSet()));
    }

    private static boolean isArray(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF) {
                return b == '[';
            }
        }
        return false;
    }
}
