package vn.doanket.analytics.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Form saves driven by {@code wrk} (Debian's package) rather than by Java clients in the server's own
 * JVM: wrk's two threads keep 32 connections busy for a bounded time on loopback, each request a new
 * 50-value form for the next commune and quarter, so the figures measure the server and not a Java
 * HTTP client competing with it for the same two cores. A Lua script built here makes the bodies and
 * prints the counts and percentiles in one line.
 */
final class WrkSaves {

    /** What one wrk round measured; {@code refused} counts non-2xx answers and socket errors. */
    record Result(long saves, long refused, double seconds, double p50, double p95, double p99) {
        double rate() {
            return saves / seconds;
        }
    }

    static final int CONNECTIONS = 32;

    /**
     * Forms of different communes in one request ({@code -Dbench.formsPerRequest}, default 1): with 2, the
     * CPU per form shows how much of a save's cost comes with each request and how much with each form.
     */
    static final int FORMS_PER_REQUEST = Math.max(1, Integer.getInteger("bench.formsPerRequest", 1));

    private WrkSaves() {}

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * With {@code perSecond} 0, closed loop: each of 32 connections sends its next form as soon as the last
     * one is answered. With {@code perSecond > 0}, open loop: 32 connections (one per wrk thread) send forms at that
     * steady rate between them, each on its own schedule, and a form's latency is counted from when it
     * was due, not from when it was sent: a form held back because the server was late on the one
     * before still counts the wait (what wrk2 does; wrk itself would leave it out). The closed loop
     * measures how many saves the server can take; this one what a user's save waits at a given rate.
     */
    static Result run(
            int port,
            String user,
            String password,
            List<String[]> fields,
            List<String> communes,
            List<String> periods,
            int salt,
            int seconds,
            int perSecond)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("doanket-saves-", ".lua");
        int threads = perSecond > 0 ? CONNECTIONS : 2;
        Files.writeString(
                script,
                script(user, password, fields, communes, periods, salt, threads, perSecond),
                StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t" + threads,
                        "-c" + CONNECTIONS,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        script.toString(),
                        "http://127.0.0.1:" + port + "/api/v1/data-values")
                .redirectErrorStream(true)
                .start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
        }
        Files.deleteIfExists(script);
        Matcher m = Pattern.compile(
                        "WRK-RESULT requests=(\\d+) refused=(\\d+) micros=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+)")
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no result:\n" + out);
        }
        return new Result(
                Long.parseLong(m.group(1)),
                Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)) / 1e6,
                Long.parseLong(m.group(4)) / 1e3,
                Long.parseLong(m.group(5)) / 1e3,
                Long.parseLong(m.group(6)) / 1e3);
    }

    private static String script(
            String user,
            String password,
            List<String[]> fields,
            List<String> communes,
            List<String> periods,
            int salt,
            int threads,
            int perSecond) {
        StringBuilder lua = new StringBuilder();
        lua.append("local fields = {");
        for (String[] f : fields) {
            lua.append("{\"").append(f[0]).append("\",\"").append(f[1]).append("\"},");
        }
        lua.append("}\nlocal communes = {");
        for (String c : communes) {
            lua.append('"').append(c).append("\",");
        }
        lua.append("}\nlocal periods = {");
        for (String p : periods) {
            lua.append('"').append(p).append("\",");
        }
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        lua.append(String.format(
                Locale.ROOT,
                """
                }
                local salt = %d
                local forms = %d -- forms (communes) per request
                local auth = "Basic %s"
                local threads = {}
                local index = 0
                function setup(thread)
                  thread:set("offset", index)
                  index = index + 1
                  table.insert(threads, thread)
                end
                local sent = 0
                request = function()
                  -- thread k of t sends forms k, k+t, k+2t, ...: no two requests write the same form
                  local n = offset + %d * sent
                  sent = sent + 1
                  local period = periods[(math.floor(n / #communes) %% #periods) + 1]
                  local parts = {}
                  for j = 0, forms - 1 do
                  local commune = communes[((n * forms + j) %% #communes) + 1]
                  for f = 1, #fields do
                    local fd = fields[f]
                    local option = ""
                    if fd[2] ~= "" then option = '"option":"' .. fd[2] .. '",' end
                    parts[#parts + 1] = '{"indicator":"' .. fd[1] .. '","unit":"' .. commune .. '","period":"' .. period
                      .. '",' .. option .. '"value":"' .. ((n + f + salt) %% 97) .. '"}'
                  end
                  end
                  return wrk.format("PUT", nil, {["Authorization"] = auth, ["Content-Type"] = "application/json"},
                    "[" .. table.concat(parts, ",") .. "]")
                end
                """,
                salt,
                FORMS_PER_REQUEST,
                auth,
                threads));
        if (perSecond <= 0) {
            lua.append(
                    """
                    function done(summary, latency, requests)
                      local refused = summary.errors.status + summary.errors.connect + summary.errors.read
                        + summary.errors.write + summary.errors.timeout
                      io.write(string.format("WRK-RESULT requests=%d refused=%d micros=%d p50=%d p95=%d p99=%d\\n",
                        summary.requests, refused, summary.duration, latency:percentile(50), latency:percentile(95),
                        latency:percentile(99)))
                    end
                    """);
            return lua.toString();
        }
        // one connection per thread, so a thread's Lua state is its connection's: its schedule and the
        // form it has in flight. delay() runs before each request is written, response() when it is answered.
        lua.append(String.format(
                Locale.ROOT,
                """
                local ffi = require("ffi")
                ffi.cdef[[
                typedef struct { long tv_sec; long tv_nsec; } doanket_timespec;
                int clock_gettime(int clock, doanket_timespec *now);
                ]]
                local clock = ffi.new("doanket_timespec")
                local function micros()
                  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
                  return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
                end
                local interval = %d -- microseconds between two forms of one connection
                local due = nil
                waited = {}
                delay = function()
                  local now = micros()
                  if due == nil then
                    due = now + offset * interval / %d -- the connections' schedules interleave evenly
                  else
                    due = due + interval
                  end
                  if due <= now then return 0 end
                  return math.ceil((due - now) / 1000) -- whole milliseconds, never early
                end
                response = function(status, headers, body)
                  waited[#waited + 1] = micros() - due
                end
                function done(summary, latency, requests)
                  local refused = summary.errors.status + summary.errors.connect + summary.errors.read
                    + summary.errors.write + summary.errors.timeout
                  local all = {}
                  for _, t in ipairs(threads) do
                    local w = t:get("waited")
                    for i = 1, #w do all[#all + 1] = w[i] end
                  end
                  table.sort(all)
                  local function pct(p)
                    if #all == 0 then return 0 end
                    return all[math.max(1, math.ceil(#all * p / 100))]
                  end
                  io.write(string.format("WRK-RESULT requests=%%d refused=%%d micros=%%d p50=%%d p95=%%d p99=%%d\\n",
                    summary.requests, refused, summary.duration, pct(50), pct(95), pct(99)))
                end
                """,
                Math.round(1e6 * CONNECTIONS / perSecond),
                CONNECTIONS));
        return lua.toString();
    }
}
