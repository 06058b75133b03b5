package vn.gov.angiang.thidua.examples.spring;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every refusal as an RFC 9457 problem detail ({@code application/problem+json}): an invalid dossier is a 400
 * naming the dossier, the field and the error's code, as the error record of a batch would; with several
 * dossiers in the body, {@code errors} lists each invalid one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's own problem details, which would not name the parameter
class ProblemDetails {

    static final URI INVALID_DOSSIER = URI.create("urn:thidua:problem:invalid-dossier");
    static final URI INVALID_PARAMETER = URI.create("urn:thidua:problem:invalid-parameter");
    static final URI EVALUATION_FAILED = URI.create("urn:thidua:problem:evaluation-failed");

    @ExceptionHandler(InvalidDossiers.class)
    ProblemDetail invalid(InvalidDossiers e) {
        InvalidDossiers.Invalid first = e.invalid().get(0);
        ErrorRecord.Error error = first.record().error();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.message());
        problem.setType(INVALID_DOSSIER);
        problem.setTitle("Hồ sơ không hợp lệ / Invalid dossier");
        problem.setProperties(describe(first));
        if (e.invalid().size() > 1 || first.index() > 0) {
            problem.setProperty("errors", e.invalid().stream().map(ProblemDetails::describe).toList());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + e.getValue() + "' is not a date yyyy-MM-dd (ngày không hợp lệ)");
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Tham số không hợp lệ / Invalid parameter");
        problem.setProperty("field", e.getName());
        return problem;
    }

    /** The rules failed on a dossier (a budget exhausted, a rule that threw): the service's fault, not the caller's. */
    @ExceptionHandler(RuleSetException.class)
    ProblemDetail evaluationFailed(RuleSetException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                e.getMessage().lines().findFirst().orElse("evaluation failed"));
        problem.setType(EVALUATION_FAILED);
        problem.setTitle("Không xét được hồ sơ / Evaluation failed");
        problem.setProperty("code", ErrorRecord.EVALUATION_FAILED);
        return problem;
    }

    /** The body could not be read at all (an I/O error of the request, not of its content). */
    @ExceptionHandler(ThiDuaException.class)
    ProblemDetail unreadable(ThiDuaException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static Map<String, Object> describe(InvalidDossiers.Invalid invalid) {
        ErrorRecord.Error error = invalid.record().error();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("dossierId", invalid.record().dossierId());
        members.put("index", invalid.index());
        members.put("code", error.code());
        putIfKnown(members, "kind", error.kind());
        putIfKnown(members, "field", error.field());
        putIfKnown(members, "line", error.line());
        putIfKnown(members, "column", error.column());
        members.put("message", error.message());
        return members;
    }

    private static void putIfKnown(Map<String, Object> members, String name, Object value) {
        if (value != null) {
            members.put(name, value);
        }
    }
}
