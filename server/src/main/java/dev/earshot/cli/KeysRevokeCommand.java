package dev.earshot.cli;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot keys revoke ID}: the key stops working at once (a running server checks every request). */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its id.")
public final class KeysRevokeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    KeyTarget target;

    @Parameters(index = "0", description = "The key's id (from keys list), e.g. key_AbCdEfGhIjKl.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean revoked = target.remote()
                ? revokeRemote()
                : target.withStore(store -> store.revoke(id));
        if (!revoked) {
            spec.commandLine().getErr().println("keys revoke: no key with id '" + id + "'");
            return 1;
        }
        out.println("Revoked " + id + ".");
        return 0;
    }

    private boolean revokeRemote() {
        var response = target.client().send("DELETE", "/v1/keys/" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                null, Duration.ofSeconds(30));
        if (response.statusCode() == 404) {
            return false;
        }
        KeyAnswers.ok(response);
        return true;
    }
}
