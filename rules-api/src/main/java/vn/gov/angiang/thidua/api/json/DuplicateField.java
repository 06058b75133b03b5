package vn.gov.angiang.thidua.api.json;

/** The same key twice in one object: a typo that could hide evidence; the dossier is refused. */
final class DuplicateField extends RuntimeException {
    final String name;
    final String path;

    DuplicateField(String name, String path) {
        super(name, null, false, false); // thrown to refuse a dossier, not to debug: no stack trace
        this.name = name;
        this.path = path;
    }
}
