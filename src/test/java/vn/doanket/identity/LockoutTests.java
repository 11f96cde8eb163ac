package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

@IntegrationTest
class LockoutTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        accounts.ensure();
        for (int i = 0; i < Accounts.MAX_FAILED_ATTEMPTS; i++) {
            mvc.perform(get("/api/v1/units/00008").with(httpBasic("khoa-thu", "sai-mat-khau")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/units/00008").with(httpBasic("khoa-thu", TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
        long locked = jdbc.sql("select count(*) from audit_entry where action = 'LOCKED' and actor = 'khoa-thu'")
                .query(Long.class)
                .single();
        assertThat(locked).isEqualTo(1);
        String hash = jdbc.sql("select password_hash from identity_account where username = 'khoa-thu'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}");
    }
}
