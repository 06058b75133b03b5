package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reason the award is blocked. {@code ref} names the proceeding or document concerned, where there
 * is one; {@code rule} is the name of the rule that found it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(String code, Category category, Message message, String ref, String rule) {
}
