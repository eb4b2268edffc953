package dev.earshot.sources.lastfm;

import dev.earshot.sources.FormParams;

/** A Last.fm call's parameters ({@link FormParams}), a missing or malformed one answered as Last.fm's error 6. */
final class Params {
    private final FormParams form;

    private Params(FormParams form) {
        this.form = form;
    }

    static Params of(String query, byte[] body) {
        try {
            return new Params(FormParams.of(query, body));
        } catch (FormParams.NotUtf8Exception e) {
            throw new LastfmError(6, "Invalid parameters - " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new LastfmError(6, "Invalid parameters - a parameter is not URL-encoded properly");
        }
    }

    String get(String name) {
        return form.get(name);
    }

    String required(String name) {
        String v = get(name);
        if (v == null) {
            throw new LastfmError(6, "Invalid parameters - Your request is missing a required parameter: " + name);
        }
        return v;
    }

    boolean has(String name) {
        return form.has(name);
    }
}
