package vn.gov.angiang.thidua.testing.impact;

/**
 * One way an evaluation changed between two rule sets. {@code kind} names the kind of change, the same for
 * every dossier that changes that way ({@code BANG_KHEN → GIAY_KHEN}, {@code score},
 * {@code reason added SCOPE_AGENCY}, {@code criterion CN3.1 points}), so that changes can be counted by kind;
 * {@code vi} and {@code en} say what changed on this dossier, with its values.
 */
public record Change(String kind, String vi, String en) {
}
