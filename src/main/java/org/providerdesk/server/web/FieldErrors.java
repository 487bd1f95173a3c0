package org.providerdesk.server.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects what is wrong with each field of a request, then refuses the request once with all of them. */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors requireText(String field, String value, int maxLength, String whenMissing) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent(field, whenMissing);
        } else if (value.length() > maxLength) {
            errors.putIfAbsent(field, "Use at most " + maxLength + " characters.");
        }
        return this;
    }

    public FieldErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** @throws ApiException a 400 validation problem naming every field, when any is wrong */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
