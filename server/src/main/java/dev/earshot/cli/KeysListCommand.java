package dev.earshot.cli;

import dev.earshot.auth.KeyView;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code earshot keys list}: every key, live and revoked, never a secret. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys (never their secrets).")
public final class KeysListCommand implements Callable<Integer> {
    private static final String ROW = "%-16s %-20s %-16s %-8s %-24s %s%n";

    @Spec
    private CommandSpec spec;

    @Mixin
    KeyTarget target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<KeyView> keys = target.remote()
                ? KeyAnswers.items(target.client().send("GET", "/v1/keys", null, Duration.ofSeconds(30)))
                : target.withStore(store -> store.list().stream().map(k -> KeyView.of(k, store)).toList());
        out.printf(ROW, "ID", "SCOPES", "LISTENER", "STATE", "CREATED", "NAME");
        for (KeyView k : keys) {
            out.printf(ROW, k.id(), String.join(",", k.scopes()), k.userId() == null ? "-" : k.userId(),
                    k.revokedAt() == null ? "live" : "revoked", k.createdAt(), k.name());
        }
        return 0;
    }
}
