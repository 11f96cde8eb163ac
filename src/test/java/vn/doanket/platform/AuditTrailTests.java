package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void auditRowsCannotBeChangedOrDeleted() {
        long id = jdbc.sql("select min(id) from audit_entry").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'x' where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select actor from audit_entry where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("system");
    }
}
