package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something in the dossier that earned no points or needs a look, without blocking the award: an
 * evidence item that does not count, for example. {@code criterion} is the code the item named.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String code, String ref, String criterion, Message message) {
}
