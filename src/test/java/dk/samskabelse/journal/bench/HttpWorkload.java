package dk.samskabelse.journal.bench;

import static dk.samskabelse.journal.bench.JournalBenchmark.fmt;
import static dk.samskabelse.journal.bench.JournalBenchmark.log;
import static dk.samskabelse.journal.bench.JournalBenchmark.ms;
import static dk.samskabelse.journal.bench.JournalBenchmark.pct;
import static dk.samskabelse.journal.bench.JournalBenchmark.perOp;

import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ProjectDataSource;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.security.UserAccounts;
import dk.samskabelse.journal.security.UserRole;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * W5 (issue 14, point 6): the journal over HTTP end to end, as a browser and a script use it. Project leaders
 * assigned to one generated project sign in through the login form (GET /login, POST /login with its CSRF token)
 * and keep their session cookie, one java.net.http client with its own cookie store per simulated user, so no
 * request checks a password; each then requests the project's pages round robin. Scripts call the JSON
 * endpoints with a personal API token made through POST /api/tokens, as docs/api.md ("Scripts and API tokens") tells a user to. Every answer
 * must be 200 with the real page (the project's name in it, no login form) or JSON; anything else stops the
 * benchmark, since timing redirects to the login would be worthless.
 */
final class HttpWorkload {

    /** Every page W5 can request; bench.w5.pages chooses which. */
    static final Map<String, String> PAGES = Map.of(
            "journal", "/projekter/%s",
            "timeline", "/projekter/%s/tidslinje",
            "replay", "/projekter/%s/genafspilning",
            "evaluation", "/projekter/%s/evaluering",
            "portfolio", "/");
    /** What each page is, for the notes. */
    private static final Map<String, String> PAGE_LABELS = Map.of(
            "journal", "journal /projekter/{id}",
            "timeline", "timeline …/tidslinje (chart + typology plane with the trajectory)",
            "replay", "replay …/genafspilning (typology plane at the last step: time travel, not cached)",
            "evaluation", "evaluation …/evaluering",
            "portfolio", "portfolio / (all the user's projects on the typology plane)");
    /** The JSON endpoints W5 can call; bench.w5.api chooses which. */
    static final Map<String, String> API = Map.of(
            "timeline", "/api/projects/%s/timeline",
            "typology", "/api/projects/%s/typology",
            "events", "/api/projects/%s/events",
            "roles", "/api/projects/%s/roles",
            "phases", "/api/projects/%s/phases",
            "engagements", "/api/projects/%s/engagements");

    /** The benchmark's users: project leaders assigned to the W5 project, made through UserAccounts. */
    private static final String USER_PREFIX = "bench-w5-";

    private static final String PASSWORD = "Qv7-tidslinje-Rz2k-maaling";
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** How the results get into the benchmark's table. */
    interface Report {
        void row(String workload, String measure, String journal, String target, Boolean met);

        void note(String note);
    }

    /** PostgreSQL's counters (JournalBenchmark.pgStats). */
    interface Stats {
        Map<String, Long> read() throws Exception;
    }

    private record Target(String name, String path, boolean page) {}

    private record Client(HttpClient http, String authorization) {}

    /** A phase's measured requests per target: latencies in ns (sorted), bytes of all answers. */
    private record Measured(
            Map<String, long[]> latencies, Map<String, Long> bytes, long[] all, long requests, long allRequests) {}

    private final ConfigurableApplicationContext app;
    private final String projectId;
    private final int users;
    private final int seconds;
    private final int warmupSeconds;
    private final List<String> pages;
    private final List<String> api;
    private final Report report;
    private final Stats stats;
    private final String base;
    private byte[] pageMarker;

    HttpWorkload(
            ConfigurableApplicationContext app,
            String projectId,
            int users,
            int seconds,
            int warmupSeconds,
            List<String> pages,
            List<String> api,
            Report report,
            Stats stats) {
        this.app = app;
        this.projectId = projectId;
        this.users = users;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        this.pages = pages;
        this.api = api;
        this.report = report;
        this.stats = stats;
        this.base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        for (String page : pages) {
            require(
                    PAGES.containsKey(page),
                    "unknown page in bench.w5.pages: " + page + " (known: " + PAGES.keySet() + ")");
        }
        for (String call : api) {
            require(
                    API.containsKey(call),
                    "unknown endpoint in bench.w5.api: " + call + " (known: " + API.keySet() + ")");
        }
    }

    void run() throws Exception {
        ProjectData data = app.getBean(ProjectDataSource.class)
                .load(projectId, TimeTravel.NOW)
                .orElseThrow(() -> new IllegalStateException("W5 project " + projectId + " is not in the projections"));
        String name = data.summary().getName();
        pageMarker = html(name).getBytes(StandardCharsets.UTF_8);

        // The users, as the administrator would make them (UserAccounts, as the admin pages do), each assigned to
        // the project; kept when the store is reused.
        UserAccounts accounts = app.getBean(UserAccounts.class);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            String username = USER_PREFIX + i;
            accounts.createIfMissing(username, UserRole.PROJEKTLEDER, PASSWORD);
            if (!accounts.user(username).orElseThrow().projects().contains(projectId)) {
                accounts.assign(username, projectId);
            }
            names.add(username);
        }

        List<Target> pageTargets = pages.stream()
                .map(page -> new Target(page, PAGES.get(page).formatted(projectId), true))
                .toList();
        List<Target> apiTargets = api.stream()
                .map(call -> new Target(call, API.get(call).formatted(projectId), false))
                .toList();

        long loginStart = System.nanoTime();
        List<Client> browsers = new ArrayList<>();
        for (String username : names) {
            browsers.add(signIn(username));
        }
        double loginMs = (System.nanoTime() - loginStart) / 1e6 / names.size();
        long tokenStart = System.nanoTime();
        List<Client> scripts = new ArrayList<>();
        for (String username : names) {
            scripts.add(withToken(username));
        }
        double tokenMs = (System.nanoTime() - tokenStart) / 1e6 / names.size();
        log(String.format(
                Locale.ROOT,
                "W5 %d users signed in (%.0f ms per login), %d API tokens made (%.0f ms each)",
                names.size(),
                loginMs,
                scripts.size(),
                tokenMs));

        String cold = probe(browsers.get(0), pageTargets, "first");
        String warm = probe(browsers.get(0), pageTargets, "second");
        String coldApi = probe(scripts.get(0), apiTargets, "first");
        String warmApi = probe(scripts.get(0), apiTargets, "second");
        report.note("W5, each page requested once by one user before the phases (ms, bytes): first " + cold
                + "; second " + warm + "; each endpoint with a token: first " + coldApi + "; second " + warmApi + ".");

        phase("W5 pages, 1 user", browsers.subList(0, 1), pageTargets, "p95 ≤ 50 ms", 50);
        phase("W5 pages, " + users + " users", browsers, pageTargets, "p95 ≤ 150 ms", 150);
        phase("W5 API with token, 1 client", scripts.subList(0, 1), apiTargets, "(no target)", 0);
        phase("W5 API with token, " + users + " clients", scripts, apiTargets, "(no target)", 0);

        report.note(String.format(
                Locale.ROOT,
                "W5 setup: project %s of %,d entries on its timeline (%d actors), "
                        + "generated like the W3 project; %d project leaders (%s1…) assigned to it through "
                        + "UserAccounts; each signed in through the login form (GET /login, POST /login with the "
                        + "CSRF token of the form, %.0f ms per login: one bcrypt check) and kept its session cookie "
                        + "in its own HttpClient (HTTP/1.1, keep-alive, no redirects followed); each made a personal "
                        + "token with POST /api/tokens and HTTP Basic (%.0f ms each). Pages: %s. API: %s. Each "
                        + "user or client requests them round robin, back to back; %d s warm-up, %d s measured per "
                        + "phase; a request counts when it starts in the measured window. Static files (CSS, JS) "
                        + "are not requested (a browser caches them).",
                projectId,
                data.timeline().size(),
                data.actors().size(),
                users,
                USER_PREFIX,
                loginMs,
                tokenMs,
                String.join(", ", pages.stream().map(PAGE_LABELS::get).toList()),
                String.join(", ", apiTargets.stream().map(Target::path).toList())
                        .replace(projectId, "{id}"),
                warmupSeconds,
                seconds));
    }

    private void phase(String title, List<Client> clients, List<Target> targets, String target, int targetMs)
            throws Exception {
        Map<String, double[]> cacheBefore = cacheCounters();
        Map<String, Long> pgBefore = stats.read();
        Measured m = measure(clients, targets);
        Map<String, Long> pgAfter = stats.read();
        Map<String, double[]> cacheAfter = cacheCounters();

        double perSecond = m.requests() / (double) seconds;
        long p95 = pct(m.all(), 95);
        boolean pagesPhase = targets.get(0).page();
        String what = pagesPhase
                ? targets.size() + " pages over HTTP with a session cookie"
                : targets.size() + " JSON endpoints with \"Authorization: Bearer\"";
        report.row(
                title,
                what + ", round robin: p50 / p95 ms (" + rate(perSecond) + " requests/s)",
                ms(pct(m.all(), 50)) + " / " + ms(p95),
                target,
                targetMs == 0 ? null : p95 <= targetMs * 1_000_000L);
        log(String.format(
                Locale.ROOT, "%s: p50 %s p95 %s ms, %.0f requests/s", title, ms(pct(m.all(), 50)), ms(p95), perSecond));

        StringBuilder perTarget = new StringBuilder();
        for (Target t : targets) {
            long[] lat = m.latencies().get(t.name());
            perTarget
                    .append(perTarget.isEmpty() ? "" : "; ")
                    .append(t.name())
                    .append(' ')
                    .append(ms(pct(lat, 50)))
                    .append(" / ")
                    .append(ms(pct(lat, 95)))
                    .append(" ms, ")
                    .append(fmt(lat.length == 0 ? 0 : m.bytes().get(t.name()) / (double) lat.length))
                    .append(" bytes (")
                    .append(lat.length)
                    .append(" requests)");
        }
        report.note(title + ", per " + (pagesPhase ? "page" : "endpoint") + " p50 / p95 and bytes per answer: "
                + perTarget + ".");
        report.note(title + ", view cache (journal.view.cache, whole phase incl. warm-up): "
                + cacheDelta(cacheBefore, cacheAfter) + "; PostgreSQL per request (pg_stat counters, incl. "
                + "warm-up): " + perOp(pgBefore, pgAfter, m.allRequests()) + ".");
    }

    /** Each target once, in turn: its time and size, logged. */
    private String probe(Client client, List<Target> targets, String which) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder();
        for (Target t : targets) {
            String dump = System.getProperty("bench.w5.dump-dir");
            // For looking into a page: bench.w5.dump-dir=/tmp/w5 keeps each answer of the probes.
            Path file = dump == null
                    ? null
                    : Path.of(
                            dump,
                            which + "-" + (t.page() ? "page-" : "api-") + t.name() + (t.page() ? ".html" : ".json"));
            long start = System.nanoTime();
            long bytes = fetch(client, t, file);
            long took = System.nanoTime() - start;
            out.append(out.isEmpty() ? "" : ", ")
                    .append(t.name())
                    .append(' ')
                    .append(ms(took))
                    .append(" ms ")
                    .append(fmt(bytes))
                    .append(" B");
        }
        log("W5 " + which + " request of each " + (targets.get(0).page() ? "page" : "endpoint") + ": " + out);
        return out.toString();
    }

    /** The clients run round robin over the targets for warm-up + seconds; requests started in the window count. */
    private Measured measure(List<Client> clients, List<Target> targets) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int c = 0; c < clients.size(); c++) {
            Client client = clients.get(c);
            int first = c;
            futures.add(pool.submit(() -> {
                // Per target: the latencies, then (last element of the bytes array) the bytes answered.
                long[][] lat = new long[targets.size()][256];
                int[] n = new int[targets.size()];
                long[] bytes = new long[targets.size()];
                long all = 0;
                for (int i = first; ; i++) {
                    int k = i % targets.size();
                    Target t = targets.get(k);
                    long start = System.nanoTime();
                    long answered = fetch(client, t, null);
                    long end = System.nanoTime();
                    all++;
                    if (start >= measureTo) {
                        break;
                    }
                    if (start >= measureFrom) {
                        if (n[k] == lat[k].length) {
                            lat[k] = Arrays.copyOf(lat[k], n[k] * 2);
                        }
                        lat[k][n[k]++] = end - start;
                        bytes[k] += answered;
                    }
                }
                long[][] out = new long[targets.size() + 2][];
                for (int k = 0; k < targets.size(); k++) {
                    out[k] = Arrays.copyOf(lat[k], n[k]);
                }
                out[targets.size()] = bytes;
                out[targets.size() + 1] = new long[] {all};
                return out;
            }));
        }
        Map<String, long[]> latencies = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        targets.forEach(t -> {
            latencies.put(t.name(), new long[0]);
            bytes.put(t.name(), 0L);
        });
        long allRequests = 0;
        try {
            for (Future<long[][]> f : futures) {
                long[][] got = f.get();
                for (int k = 0; k < targets.size(); k++) {
                    String name = targets.get(k).name();
                    latencies.put(name, JournalBenchmark.concat(latencies.get(name), got[k]));
                    bytes.merge(name, got[targets.size()][k], Long::sum);
                }
                allRequests += got[targets.size() + 1][0];
            }
        } finally {
            pool.shutdownNow();
        }
        long[] all = new long[0];
        long requests = 0;
        for (Map.Entry<String, long[]> e : latencies.entrySet()) {
            Arrays.sort(e.getValue());
            all = JournalBenchmark.concat(all, e.getValue());
            requests += e.getValue().length;
        }
        Arrays.sort(all);
        return new Measured(latencies, bytes, all, requests, allRequests);
    }

    // --- signing in as a browser does, and making a token as a script's user does ---------------------------

    private Client signIn(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Client client = new Client(http, null);
        HttpResponse<String> form =
                http.send(request(client, "/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        require(form.statusCode() == 200, "GET /login answered " + form.statusCode());
        Matcher csrf = CSRF.matcher(form.body());
        require(csrf.find(), "no _csrf field in the login form: " + head(form.body()));
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + encode(username) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(token);
        HttpResponse<String> login = http.send(
                request(client, "/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        require(
                login.statusCode() == 302 && !location.contains("/login"),
                "login of " + username + " answered " + login.statusCode() + " to '" + location + "'");
        // Signed in: the first page must now be the real page, with the session cookie and nothing else.
        Target first = new Target("journal", PAGES.get("journal").formatted(projectId), true);
        fetch(client, first, null);
        return client;
    }

    private Client withToken(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> made = http.send(
                request(new Client(http, basic), "/api/tokens")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench W5\",\"days\":1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        require(
                made.statusCode() == 201,
                "POST /api/tokens for " + username + " answered " + made.statusCode() + ": " + head(made.body()));
        Matcher token = TOKEN.matcher(made.body());
        require(token.find(), "no token in " + head(made.body()));
        return new Client(http, "Bearer " + token.group(1));
    }

    private HttpRequest.Builder request(Client client, String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Accept-Language", "da");
        if (client.authorization() != null) {
            builder.header("Authorization", client.authorization());
        }
        return builder;
    }

    /**
     * GET: the whole answer read, in chunks (a page can be megabytes, and eight users share the benchmark's heap
     * with the journal), and checked as it streams past. Fails loudly unless the answer is the real page (200,
     * HTML, the project's name in it, no login form) or JSON: no redirect, no login form, no error page. Returns
     * the bytes of the body.
     */
    private long fetch(Client client, Target target, Path dump) throws IOException, InterruptedException {
        HttpResponse<InputStream> answer = client.http()
                .send(request(client, target.path()).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] marker = target.page() ? pageMarker : new byte[0];
        int keep = Math.max(marker.length, LOGIN_FIELD.length);
        byte[] buffer = new byte[64 * 1024 + keep];
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        boolean hasMarker = marker.length == 0;
        boolean hasLoginForm = false;
        long bytes = 0;
        int carried = 0;
        try (InputStream body = answer.body();
                OutputStream copy = dump == null ? OutputStream.nullOutputStream() : newFile(dump)) {
            int read;
            while ((read = body.read(buffer, carried, buffer.length - carried)) > 0) {
                copy.write(buffer, carried, read);
                if (head.size() < 2000) {
                    head.write(buffer, carried, Math.min(read, 2000 - head.size()));
                }
                bytes += read;
                int filled = carried + read;
                // The last bytes are carried over, so that a needle split between two reads is found.
                hasMarker = hasMarker || indexOf(buffer, filled, marker) >= 0;
                // The login page is a few kB: a login form further down a long page is not one.
                hasLoginForm = hasLoginForm || bytes - read < 64 * 1024 && indexOf(buffer, filled, LOGIN_FIELD) >= 0;
                carried = Math.min(keep, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        byte[] start = head.toByteArray();
        Supplier<String> what = () -> target.path() + " answered " + answer.statusCode() + " " + type
                + answer.headers().firstValue("Location").map(l -> " to " + l).orElse("") + ": " + head(start);
        require(answer.statusCode() == 200, what);
        if (target.page()) {
            require(type.startsWith("text/html"), what);
            boolean projectPage = hasMarker && !hasLoginForm;
            require(projectPage, () -> "not the project's page: " + what.get());
        } else {
            require(type.contains("json") && start.length > 0 && (start[0] == '{' || start[0] == '['), what);
        }
        return bytes;
    }

    private static OutputStream newFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    private static final byte[] LOGIN_FIELD = "name=\"password\"".getBytes(StandardCharsets.UTF_8);

    // --- the view cache's counters ------------------------------------------------------------------------------

    /** journal.view.cache per view: {hits, misses}. */
    private Map<String, double[]> cacheCounters() {
        Map<String, double[]> counts = new TreeMap<>();
        for (Counter counter :
                app.getBean(MeterRegistry.class).find("journal.view.cache").counters()) {
            double[] c = counts.computeIfAbsent(counter.getId().getTag("view"), v -> new double[2]);
            c["hit".equals(counter.getId().getTag("result")) ? 0 : 1] += counter.count();
        }
        return counts;
    }

    private static String cacheDelta(Map<String, double[]> before, Map<String, double[]> after) {
        StringBuilder out = new StringBuilder();
        double hits = 0;
        double misses = 0;
        for (Map.Entry<String, double[]> e : after.entrySet()) {
            double[] was = before.getOrDefault(e.getKey(), new double[2]);
            double h = e.getValue()[0] - was[0];
            double m = e.getValue()[1] - was[1];
            if (h + m > 0) {
                out.append(out.isEmpty() ? "" : ", ")
                        .append(e.getKey())
                        .append(' ')
                        .append(String.format(Locale.ROOT, "%.0f hits / %.0f misses", h, m));
                hits += h;
                misses += m;
            }
        }
        return hits + misses == 0
                ? "not used"
                : String.format(Locale.ROOT, "hit rate %.1f %% (%s)", 100 * hits / (hits + misses), out);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String rate(double perSecond) {
        return perSecond < 10 ? String.format(Locale.ROOT, "%.1f", perSecond) : fmt(perSecond);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String head(String body) {
        String start = body.length() <= 2000 ? body : body.substring(0, 2000);
        String flat = start.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    private static String head(byte[] body) {
        return head(new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("W5: " + message);
        }
    }

    /** The message is made only when it is needed: an answer can be megabytes. */
    private static void require(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new IllegalStateException("W5: " + message.get());
        }
    }
}
