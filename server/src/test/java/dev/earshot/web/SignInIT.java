package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.auth.AuthMode;
import dev.earshot.auth.SecuritySettings;
import dev.earshot.support.RunningServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With auth on, the dashboard's files are served without a key (they hold no data), its API calls carry the
 * key from the sign-in form as a Bearer header, and the API answers 401 JSON without it, which is what opens
 * the form. (The form in a real browser is not driven here: that needs Chromium, see DashboardIT.)
 */
class SignInIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir(dir -> EarshotConfig.defaults(dir.resolve("s.duckdb"))
            .withPort(0).withEnrich(false).withSecurity(SecuritySettings.defaults().withAuth(AuthMode.ON)));

    @Test
    void theDashboardOffersASignInAndTheApiWantsTheKey() throws Exception {
        HttpResponse<String> created = server.request("POST", "/v1/keys", "{\"scopes\":[\"admin\"],\"name\":\"first\"}",
                "Content-Type", "application/json");
        // with auth on and no key yet, the first key must come from the command line
        assertThat(created.statusCode()).isEqualTo(401);

        assertThat(server.get("/").statusCode()).isEqualTo(200);
        String api = server.get("/js/api.js").body();
        assertThat(api).contains("from './signin.js'").contains("authHeaders()").contains("signIn(");
        HttpResponse<String> signin = server.get("/js/signin.js");
        assertThat(signin.statusCode()).isEqualTo(200);
        assertThat(signin.body()).contains("data-testid=\"signin-form\"").contains("type=\"password\"")
                .contains("Authorization: `Bearer").contains("sessionStorage").contains("signout");

        HttpResponse<String> refused = server.get("/v1/analytics/overview");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(refused.body()).get("error").get("code").asText()).isNotBlank();
    }
}
