package dev.earshot.auth;

/** {@code --auth}: on, off, or auto (on as soon as a key exists or the address is not loopback). */
public enum AuthMode {
    ON, OFF, AUTO
}
