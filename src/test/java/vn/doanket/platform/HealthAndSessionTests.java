package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

@IntegrationTest
class HealthAndSessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void healthIsUpAndIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void aFormLoginIsKeptInTheDatabaseSoItSurvivesARestart() throws Exception {
        accounts.ensure();
        mvc.perform(post("/login")
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("username", "xa-00004")
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection());
        long sessions = jdbc.sql("select count(*) from spring_session where principal_name = 'xa-00004'")
                .query(Long.class)
                .single();
        assertThat(sessions).isGreaterThanOrEqualTo(1);
    }
}
