package vn.doanket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WriteAdmissionTests {

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aWriteWaitsForAFreeTurnWhileReadsPassAtOnce() throws Exception {
        WriteAdmission.Filter filter = new WriteAdmission.Filter(1);
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger served = new AtomicInteger();

        Future<?> first = threads.submit(() -> {
            filter.doFilter(request("PUT"), new MockHttpServletResponse(), (req, res) -> {
                firstInside.countDown();
                try {
                    releaseFirst.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                served.incrementAndGet();
            });
            return null;
        });
        assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();

        Future<?> second = threads.submit(() -> {
            filter.doFilter(request("POST"), new MockHttpServletResponse(), (req, res) -> served.incrementAndGet());
            return null;
        });
        // a read is not held back by the write in progress
        filter.doFilter(request("GET"), new MockHttpServletResponse(), (req, res) -> served.incrementAndGet());
        assertThat(served.get()).isEqualTo(1);
        Thread.sleep(200);
        assertThat(second.isDone()).as("the second write waits for the first").isFalse();

        releaseFirst.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertThat(served.get()).isEqualTo(3);
        assertThat(filter.available()).isEqualTo(1);
    }

    @Test
    void unlessConfiguredWritesTakeOneTurnPerProcessorAndAtLeastTwo() {
        assertThat(WriteAdmission.turns(0))
                .isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .isGreaterThanOrEqualTo(2);
        assertThat(WriteAdmission.turns(5)).isEqualTo(5);
        assertThat(WriteAdmission.turns(1)).isEqualTo(1);
    }

    @Test
    void aFailingWriteGivesItsTurnBack() throws Exception {
        WriteAdmission.Filter filter = new WriteAdmission.Filter(2);
        try {
            filter.doFilter(request("DELETE"), new MockHttpServletResponse(), (req, res) -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the request failed; its turn must not be lost
        }
        assertThat(filter.available()).isEqualTo(2);
    }

    @Test
    void aWriteInterruptedWhileWaitingIsToldInVietnameseToSendAgain() throws Exception {
        WriteAdmission.Filter filter = new WriteAdmission.Filter(1);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = holdingATurn(filter, request("PUT"), inside, release);
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse waiting = new MockHttpServletResponse();
        AtomicInteger served = new AtomicInteger();
        Thread.currentThread().interrupt(); // as when the server stops while the request waits its turn
        filter.doFilter(request("PUT"), waiting, (req, res) -> served.incrementAndGet());
        assertThat(Thread.interrupted()).isTrue();

        assertThat(served.get()).isZero();
        assertThat(waiting.getStatus()).isEqualTo(503);
        assertThat(waiting.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Hãy gửi lại");
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(filter.available()).isEqualTo(1);
    }

    @Test
    void aWriteItsModuleAdmitsItselfPassesWhileAllTurnsAreTaken() throws Exception {
        WriteAdmission.Filter filter = new WriteAdmission.Filter(1, java.util.List.of("PUT  /api/v1/data-values", " "));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = holdingATurn(filter, new MockHttpServletRequest("POST", "/nhap-lieu"), inside, release);
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicInteger served = new AtomicInteger();
        // the forms' saves wait in data entry's own queue, not here
        Future<?> put = threads.submit(() -> {
            filter.doFilter(request("PUT"), new MockHttpServletResponse(), (req, res) -> served.incrementAndGet());
            return null;
        });
        put.get(2, TimeUnit.SECONDS); // would time out if it waited for the turn held above
        assertThat(served.get()).isEqualTo(1);
        // only that method and path: another write to it still waits its turn
        Future<?> post = threads.submit(() -> {
            filter.doFilter(request("POST"), new MockHttpServletResponse(), (req, res) -> served.incrementAndGet());
            return null;
        });
        Thread.sleep(200);
        assertThat(post.isDone()).isFalse();
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);
        post.get(5, TimeUnit.SECONDS);
        assertThat(served.get()).isEqualTo(2);
        assertThat(filter.available()).isEqualTo(1);
    }

    /** A write that takes a turn, says so, and keeps it until released. */
    private Future<?> holdingATurn(
            WriteAdmission.Filter filter,
            MockHttpServletRequest request,
            CountDownLatch inside,
            CountDownLatch release) {
        return threads.submit(() -> {
            filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
    }

    private static MockHttpServletRequest request(String method) {
        return new MockHttpServletRequest(method, "/api/v1/data-values");
    }
}
