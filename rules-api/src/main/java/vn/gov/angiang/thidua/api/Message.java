package vn.gov.angiang.thidua.api;

/** A text in Vietnamese (first) and English. */
public record Message(String vi, String en) {
}
