package dev.earshot.web;

import dev.earshot.backup.Backups;
import io.javalin.config.RoutesConfig;
import java.nio.file.Path;

/** POST /v1/admin/backup {"to": "/absolute/folder"}: a consistent copy of the database, written by the server. */
final class BackupRoutes {
    private final Backups backups;

    BackupRoutes(Backups backups) {
        this.backups = backups;
    }

    record BackupBody(String to) {
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/admin/backup", ctx -> {
            BackupBody body = RequestJson.read(ctx, BackupBody.class, new BackupBody(null), "invalid_backup");
            if (body.to() == null || body.to().isBlank()) {
                throw new ApiException(400, "invalid_backup", "give the folder to back up into: {\"to\": \"/path\"}");
            }
            try {
                ctx.status(201).json(backups.backUp(Path.of(body.to())));
            } catch (IllegalArgumentException e) {
                throw new ApiException(409, "backup_refused", e.getMessage());
            }
        });
    }
}
