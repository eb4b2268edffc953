package dev.earshot.cli;

import dev.earshot.auth.KeyRequest;
import dev.earshot.auth.KeyView;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot keys create}: a new key, printed once as the last line. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a key; its secret is printed once, as the last line (only a hash is stored).")
public final class KeysCreateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    KeyTarget target;

    @Option(names = "--scope", required = true, split = ",",
            description = "ingest, read or admin (admin implies the others); repeat or comma-separate for several.")
    List<String> scopes;

    @Option(names = "--user", description = "Bind the key to this listener (the scrobbler protocols need it).")
    String user;

    @Option(names = "--name", defaultValue = "", description = "A name for people, e.g. the device it is for.")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        KeyRequest request = KeyRequest.parse(scopes, user, name);
        KeyView key = target.remote()
                ? KeyAnswers.one(target.client().send("POST", "/v1/keys", KeyAnswers.json(Map.of("scopes", scopes,
                        "user_id", user == null ? "" : user, "name", name)), Duration.ofSeconds(30)))
                : target.withStore(store -> KeyView.created(store.create(request)));
        out.println("Created key " + key.id() + " (scopes " + String.join(",", key.scopes())
                + (key.userId() == null ? "" : ", listener " + key.userId())
                + (key.name().isEmpty() ? "" : ", name '" + key.name() + "'") + ").");
        out.println("Keep it now: it is shown only this once. Send it as 'Authorization: Bearer <key>'.");
        out.println(key.secret());
        return 0;
    }
}
