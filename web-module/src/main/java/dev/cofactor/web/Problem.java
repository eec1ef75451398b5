package dev.cofactor.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every JSON API error. {@code errors} names each bad field
 * of a rejected request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
