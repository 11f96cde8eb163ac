package vn.doanket.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: {@code /api/**} for scripts (HTTP Basic, no session, no CSRF since no cookie is
 * honoured there) and everything else for people (form login, JDBC-backed session, CSRF). Which
 * routes need what is declared per handler with {@code @Access} and enforced by AccessInterceptor;
 * here only the public entry points are opened.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String[] PUBLIC = {
        "/login",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/error",
        "/public/**",
        "/actuator/health/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    /**
     * No tracing backend here, so no observation of each security filter, authentication or access
     * decision: with an observation registry present (the actuator's), Spring Security otherwise wraps
     * every filter of every request in one, even when {@code management.observations.enable} turns
     * them into no-ops (a JFR profile of the form-save bench found the wrappers under most of the API
     * requests' samples).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm id stored in each hash so it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Password login against the accounts table, with recent successful checks remembered (see
     * {@link CredentialCache}) so that HTTP Basic scripts do not pay a bcrypt check per request.
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService users, PasswordEncoder passwordEncoder, CredentialCache cache) {
        return new CachingAuthenticationProvider(users, passwordEncoder, cache);
    }

    /**
     * The public portal's JSON (read-only, no login): a short stateless chain without sessions,
     * CSRF tokens, saved requests or login handling, since it is what crowds hit when an appeal
     * is in the news. Only GET is served there; anything else is refused.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicApiChain(HttpSecurity http, ProblemEntryPoint entryPoint) throws Exception {
        http.securityMatcher("/public/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(org.springframework.http.HttpMethod.GET, "/public/api/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemEntryPoint entryPoint) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint).realmName("doanket"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                        a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?error="
                                + (ex instanceof LockedException ? "locked" : "bad"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        (req, res, ex) -> {
                            res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            res.setCharacterEncoding("UTF-8");
                            res.getWriter()
                                    .write(ProblemEntryPoint.problem(401, "Cần đăng nhập.", req.getRequestURI()));
                        },
                        req -> "XMLHttpRequest".equals(req.getHeader("X-Requested-With"))
                                || req.getRequestURI().startsWith("/public/api/")));
        return http.build();
    }
}
