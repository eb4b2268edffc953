package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.recommendations.RecommendationService;
import dev.earshot.testkit.Events;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Before its first fit the route says so with a 503 and Retry-After, rather than an empty list. */
class RecommendationsNotReadyIT {
    @Test
    void answers503WithRetryAfterBeforeTheFirstFit() throws Exception {
        // Never fitted, so neither the warehouse nor the reader is ever asked.
        RecommendationService unfitted = new RecommendationService(null, null, Events.CLOCK);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            new RecommendationRoutes(unfitted, dev.earshot.auth.Pseudonyms.off()).register(cfg.routes);
            ErrorMapping.register(cfg.routes);
        }).start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/v1/users/me/recommendations")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue(Integer.toString(dev.earshot.sources.Transient.RETRY_AFTER_SECONDS));
            assertThat(new ObjectMapper().readTree(response.body()).get("error").get("code").asText())
                    .isEqualTo("model_not_ready");
        } finally {
            app.stop();
        }
    }
}
