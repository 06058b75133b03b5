package vn.gov.angiang.thidua.api;

/** Which rule set produced an evaluation: its id, version and the sha256 of its DRL sources. */
public record RuleSetInfo(String id, String version, String sha256) {
}
