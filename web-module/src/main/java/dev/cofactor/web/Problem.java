package dev.cofactor.web;

/** An RFC 9457 problem detail, the body of every JSON API error. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
