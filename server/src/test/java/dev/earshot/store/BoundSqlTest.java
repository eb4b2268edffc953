package dev.earshot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundSqlTest {

    @Test
    void thenAppendsTextAndKeepsBindsInOrder() {
        BoundSql sql = BoundSql.of("a = ?", 1).then(" AND b = ?", "two").then(BoundSql.of(" AND c IN (?, ?)", 3L, 4.0));

        assertThat(sql.sql()).isEqualTo("a = ? AND b = ? AND c IN (?, ?)");
        assertThat(sql.binds()).containsExactly(1, "two", 3L, 4.0);
    }

    @Test
    void andIfAddsAConditionOnlyWhenItsValueIsSet() {
        BoundSql sql = BoundSql.of("true").andIf("platform = ?", null).andIf("country = ?", "US")
                .andIf("user_id = ?", null).andIf("ts >= ?", 5L);

        assertThat(sql.sql()).isEqualTo("true AND country = ? AND ts >= ?");
        assertThat(sql.binds()).containsExactly("US", 5L);
    }

    @Test
    void keepsANullBindAsAValue() {
        BoundSql sql = BoundSql.of("x IS NOT DISTINCT FROM ?", (Object) null);

        assertThat(sql.binds()).hasSize(1).containsNull();
    }

    @Test
    void isNotChangedByTheListItWasMadeFrom() {
        var values = new java.util.ArrayList<Object>(Arrays.asList("a", "b"));
        BoundSql sql = new BoundSql("? ?", values);
        values.set(0, "changed");

        assertThat(sql.binds()).containsExactly("a", "b");
    }

    @Test
    void preparesAStatementWithEveryValueBoundInOrder() throws Exception {
        BoundSql sql = BoundSql.of("SELECT ?::VARCHAR || ?::VARCHAR || ?::VARCHAR", "a", "b")
                .then(BoundSql.of("", "c"));
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("abc");
        }
    }
}
