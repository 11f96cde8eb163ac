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

    private WrkSaves() {}

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    static Result run(
            int port,
            String user,
            String password,
            List<String[]> fields,
            List<String> communes,
            List<String> periods,
            int salt,
            int seconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("doanket-saves-", ".lua");
        Files.writeString(script, script(user, password, fields, communes, periods, salt), StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c32",
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
            int salt) {
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
                  -- thread k sends forms k, k+2, k+4, ...: no two requests write the same form
                  local n = offset + 2 * sent
                  sent = sent + 1
                  local commune = communes[(n %% #communes) + 1]
                  local period = periods[(math.floor(n / #communes) %% #periods) + 1]
                  local parts = {}
                  for f = 1, #fields do
                    local fd = fields[f]
                    local option = ""
                    if fd[2] ~= "" then option = '"option":"' .. fd[2] .. '",' end
                    parts[f] = '{"indicator":"' .. fd[1] .. '","unit":"' .. commune .. '","period":"' .. period
                      .. '",' .. option .. '"value":"' .. ((n + f + salt) %% 97) .. '"}'
                  end
                  return wrk.format("PUT", nil, {["Authorization"] = auth, ["Content-Type"] = "application/json"},
                    "[" .. table.concat(parts, ",") .. "]")
                end
                function done(summary, latency, requests)
                  local refused = summary.errors.status + summary.errors.connect + summary.errors.read
                    + summary.errors.write + summary.errors.timeout
                  io.write(string.format("WRK-RESULT requests=%%d refused=%%d micros=%%d p50=%%d p95=%%d p99=%%d\\n",
                    summary.requests, refused, summary.duration, latency:percentile(50), latency:percentile(95),
                    latency:percentile(99)))
                end
                """,
                salt,
                auth));
        return lua.toString();
    }
}
