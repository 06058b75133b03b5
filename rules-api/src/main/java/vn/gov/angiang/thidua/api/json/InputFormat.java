package vn.gov.angiang.thidua.api.json;

/** How a batch is written: JSON (an array of dossiers, or dossiers one after another) or JSON Lines. */
public enum InputFormat {
    /** A JSON array of dossiers, one dossier, or several written one after another. */
    JSON,
    /** One dossier a line ({@code .jsonl}, {@code .ndjson}): a broken line costs only itself. */
    JSON_LINES
}
