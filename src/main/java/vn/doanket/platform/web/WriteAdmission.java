package vn.doanket.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a bounded number of writing requests (POST, PUT, PATCH, DELETE) work at once; the others wait
 * their turn, first come first served. In the days before a deadline thousands of people save forms
 * together: on a machine with few cores, letting all of them into the database at once only makes
 * them switch and queue inside PostgreSQL, and leaves the roll-up worker and the readers without a
 * connection or a share of the CPU, so the totals fall behind the saves. Waiting here costs nothing.
 * Reads are never held back. Runs after authentication, so an unauthenticated request holds no turn.
 */
@Configuration(proxyBeanMethods = false)
class WriteAdmission {

    @Bean
    FilterRegistrationBean<Filter> writeAdmissionFilter(
            @Value("${doanket.web.concurrent-writes:0}") int permits,
            @Value("${doanket.web.self-admitted-writes:}") java.util.List<String> selfAdmitted) {
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new Filter(turns(permits), selfAdmitted));
        bean.setName("writeAdmission");
        bean.setOrder(0); // after Spring Security's chain (-100)
        return bean;
    }

    /**
     * The configured number of turns, or when none is set (0) one per processor and at least two: a
     * save keeps a core busy between its own JVM work and PostgreSQL's, so more writes at once than
     * cores only make them switch. On the bench machine (2 cores, wrk with 32 connections) 2 turns
     * served 244 to 258 form saves a second, 4 turns 181 to 222 and 8 turns 156 to 167, and the JVM's
     * CPU per save fell from 4.7 to 2.2 ms.
     */
    static int turns(int configured) {
        return configured > 0 ? configured : Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    static final class Filter extends OncePerRequestFilter {

        private final Semaphore turns;
        private final java.util.Set<String> selfAdmitted;

        Filter(int permits) {
            this(permits, java.util.List.of());
        }

        /**
         * {@code selfAdmitted} lists writes ("PUT /api/v1/data-values") whose module admits them itself: saves
         * of whole forms wait in data entry's own queue, where the ones waiting together are written in one
         * transaction, which they could not do while waiting here one turn at a time.
         */
        Filter(int permits, java.util.List<String> selfAdmitted) {
            this.turns = new Semaphore(Math.max(1, permits), true);
            this.selfAdmitted = new java.util.HashSet<>();
            for (String s : selfAdmitted) {
                if (!s.isBlank()) {
                    this.selfAdmitted.add(s.strip().replaceAll("\\s+", " "));
                }
            }
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String m = request.getMethod();
            if ("GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m)) {
                return true;
            }
            if (selfAdmitted.isEmpty()) {
                return false;
            }
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return selfAdmitted.contains(m + " " + path);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                turns.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                // only while the server shuts down: nothing was written, so sending again loses nothing
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Máy chủ đang dừng nên chưa lưu được. Hãy gửi lại sau ít phút.");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                turns.release();
            }
        }

        int available() {
            return turns.availablePermits();
        }
    }
}
