package vn.gov.angiang.thidua.api.json;

/** A limit met inside one dossier by {@link DossierTokens}: the dossier is refused, the input can go on. */
final class LimitExceeded extends RuntimeException {
    final String limit;
    final String field;

    LimitExceeded(String limit, String field, String message) {
        super(message, null, false, false); // thrown to refuse a dossier, not to debug: no stack trace
        this.limit = limit;
        this.field = field;
    }
}
