package dev.earshot.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether routes demand a key. Decided per request, not once, so that under {@code --auth auto} the first key
 * created on a local demo closes the doors at once.
 */
public final class AuthPolicy {
    private final AuthMode mode;
    private final boolean exposed;
    private final KeyStore keys;

    private AuthPolicy(AuthMode mode, boolean exposed, KeyStore keys) {
        this.mode = mode;
        this.exposed = exposed;
        this.keys = keys;
    }

    /**
     * The policy for a server bound to {@code host}; refuses (IllegalStateException) a non-loopback address
     * with no live key or with auth off, unless {@code insecure}.
     */
    public static AuthPolicy forServer(String host, SecuritySettings settings, KeyStore keys) {
        boolean exposed = !isLoopback(host);
        if (exposed && !settings.insecure() && (!keys.anyLive() || settings.auth() == AuthMode.OFF)) {
            throw new IllegalStateException("refusing to listen on " + host + " (not a loopback address) "
                    + (settings.auth() == AuthMode.OFF ? "with --auth off" : "without any key") + ": create one first"
                    + " (earshot keys create --db FILE --scope admin), or pass --insecure to run open to the network");
        }
        return new AuthPolicy(settings.auth(), exposed && !settings.insecure(), keys);
    }

    public boolean required() {
        return switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> exposed || keys.anyLive();
        };
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
