package vn.gov.angiang.thidua.api;

/**
 * The collective or individual nominated. A collective gives {@code unitType}; an individual gives
 * {@code employment}.
 */
public record Nominee(NomineeKind kind, String name, String agency, String unit, UnitType unitType,
                      Employment employment) {
}
