package dev.earshot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Deleting events in bulk is an admin write, however close its path is to the ingest and read routes. */
class RouteScopesTest {
    @Test
    void deletingEventsBySourceNeedsAdminWhileSendingAndReadingThemDoNot() {
        assertThat(RouteScopes.scopeFor("DELETE", "/v1/events")).isEqualTo(Scope.ADMIN);
        assertThat(RouteScopes.scopeFor("POST", "/v1/events")).isEqualTo(Scope.INGEST);
        assertThat(RouteScopes.scopeFor("GET", "/v1/events")).isEqualTo(Scope.READ);
    }
}
