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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the quiz API, run by bench/run.sh against the packaged app on 127.0.0.1 only.
 * "learners" creates 32 learners, signs each in and opens one attempt each, and writes one line per
 * learner ("cookie csrfToken attemptId learnerId choiceId choiceId") for wrk, which saves the answers (bench/wrk/save-answer.lua).
 * "submissions" then has the same learners submit fresh attempts in rounds of 32 x 5 at once.
 * "storm" (bench/start-storm.sh) signs in N fresh learners, warms up (see {@link #storm}), then has them all
 * start the final quiz within WINDOW_MS, one start every WINDOW_MS / N.
 * Prints one "key=value" line per measure; run.sh and start-storm.sh turn them into bench/RESULTS.md.
 *
 * Usage: java bench/QuizLoad.java learners BASE_URL ADMIN_EMAIL ADMIN_PASSWORD FILE
 *        java bench/QuizLoad.java submissions BASE_URL FILE WARM_UP_ROUNDS ROUNDS
 *        java bench/QuizLoad.java storm BASE_URL ADMIN_EMAIL ADMIN_PASSWORD N WINDOW_MS
 */
public class QuizLoad {

    static final int LEARNERS = 32;
    static final String PASSWORD = "bench learner password";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    static String base;

    public static void main(String[] args) throws Exception {
        base = args[1];
        if (args[0].equals("learners")) {
            learners(args[2], args[3], Path.of(args[4]));
        } else if (args[0].equals("storm")) {
            storm(args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        } else {
            submissions(Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        }
    }

    static List<Long> checkQuizzes() throws Exception {
        String quizzes = send(HttpRequest.newBuilder(uri("/api/quizzes")).GET(), null).body();
        List<Long> checks = new ArrayList<>();
        Matcher quiz = Pattern.compile("\"id\":(\\d+),\"slug\":\"check-[^\"]+\"").matcher(quizzes);
        while (quiz.find()) {
            checks.add(Long.parseLong(quiz.group(1)));
        }
        return checks;
    }

    /** Creates the learners and opens, for each, an attempt at the check that holds the question gaba-role. */
    static void learners(String adminEmail, String adminPassword, Path file) throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString((adminEmail + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
        long firstCheck = checkQuizzes().get(0); // "How Magnesium Calms Your Brain"
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> lines = new ArrayList<>();
        long[] learnerIds = new long[LEARNERS];
        long[] attemptIds = new long[LEARNERS];
        for (int i = 0; i < LEARNERS; i++) {
            String email = "bench-" + run + "-" + i + "@example.org";
            String created = send(HttpRequest.newBuilder(uri("/api/admin/users")).header("Authorization", admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Bench " + i + "\",\"email\":\"" + email
                            + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"learner\"}")), null).body();
            learnerIds[i] = firstLong(created, "\"id\":(\\d+)");
            Session session = signIn(email);
            String attempt = post("/api/quizzes/" + firstCheck + "/attempts", session).body();
            attemptIds[i] = firstLong(attempt, "\"id\":(\\d+)");
            // the ids this attempt shows for gaba-role's choices (each attempt has its own)
            Matcher gabaRole = Pattern.compile("\"id\":\"gaba-role\".*?\"choices\":\\[\\{\"id\":\"([^\"]+)\".*?\\{\"id\":\"([^\"]+)\"")
                    .matcher(attempt);
            if (!gabaRole.find()) {
                throw new IllegalStateException("No question gaba-role in " + attempt);
            }
            lines.add(session.cookie() + " " + session.token() + " " + attemptIds[i] + " " + learnerIds[i] + " "
                    + gabaRole.group(1) + " " + gabaRole.group(2));
        }
        Files.write(file, lines);
        System.out.println("put_attempt_min=" + Arrays.stream(attemptIds).min().orElseThrow());
        System.out.println("put_attempt_max=" + Arrays.stream(attemptIds).max().orElseThrow());
        System.out.println("learner_min=" + Arrays.stream(learnerIds).min().orElseThrow());
        System.out.println("learner_max=" + Arrays.stream(learnerIds).max().orElseThrow());
    }

    /**
     * A start storm: {@code count} learners, created and signed in first, who then each take (start and submit)
     * every check quiz twice, and then the final quiz once, started in a storm like the timed one (attempt 1 of 3): all
     * of it warms the app and this client up and is not timed. Then every learner starts their second attempt at
     * the final, at moments spread evenly over {@code windowMs}, without waiting for each other's answers.
     */
    static void storm(String adminEmail, String adminPassword, int count, int windowMs) throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString((adminEmail + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
        String quizzes = send(HttpRequest.newBuilder(uri("/api/quizzes")).GET(), null).body();
        long quiz = firstLong(quizzes, "\"id\":(\\d+),\"slug\":\"final-");
        String run = Long.toString(System.currentTimeMillis(), 36);
        Session[] sessions = new Session[count];
        ExecutorService setUp = Executors.newFixedThreadPool(8);
        List<Future<?>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            made.add(setUp.submit(() -> {
                String email = "storm-" + run + "-" + n + "@example.org";
                send(HttpRequest.newBuilder(uri("/api/admin/users")).header("Authorization", admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Storm " + n + "\",\"email\":\"" + email
                                + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"learner\"}")), null);
                sessions[n] = signIn(email);
                return null;
            }));
        }
        await(made);
        for (int round = 0; round < 2; round++) {
            for (long check : checkQuizzes()) {
                for (int i = 0; i < count; i++) {
                    int n = i;
                    made.add(setUp.submit(() -> {
                        long attempt = firstLong(post("/api/quizzes/" + check + "/attempts", sessions[n]).body(), "\"id\":(\\d+)");
                        return post("/api/attempts/" + attempt + "/submission", sessions[n]);
                    }));
                }
            }
            await(made);
        }
        Starts rehearsal = starts(quiz, sessions, windowMs);
        for (int i = 0; i < count; i++) {
            int n = i;
            made.add(setUp.submit(() -> post("/api/attempts/" + rehearsal.attempts[n] + "/submission", sessions[n])));
        }
        await(made);
        setUp.shutdown();
        // The storm begins 3 s after this line, on an idle app: time to attach a profiler (bench/profile.sh shows how).
        System.out.println("storm_warmed_up=1");
        System.out.flush();
        Thread.sleep(3000);
        Starts storm = starts(quiz, sessions, windowMs);
        List<Long> sorted = Arrays.stream(storm.latencies).sorted().boxed().toList();
        System.out.printf("storm_learners=%d%nstorm_window_ms=%d%nstorm_last_sent_ms=%.0f%nstorm_all_answered_ms=%.0f%n",
                count, windowMs, storm.lastSentNanos / 1e6, storm.wallNanos / 1e6);
        System.out.printf("storm_rehearsal_started=%d%n", Arrays.stream(rehearsal.statuses).filter(status -> status == 201).count());
        System.out.printf("storm_started=%d%nstorm_5xx=%d%nstorm_other=%d%nstorm_p50_ms=%.1f%nstorm_p99_ms=%.1f%nstorm_max_ms=%.1f%n",
                Arrays.stream(storm.statuses).filter(status -> status == 201).count(),
                Arrays.stream(storm.statuses).filter(status -> status >= 500).count(),
                Arrays.stream(storm.statuses).filter(status -> status != 201 && status < 500).count(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    /** What one storm of starts measured, per learner: latency, status, the attempt started (0 when none). */
    record Starts(long[] latencies, int[] statuses, long[] attempts, long lastSentNanos, long wallNanos) {
    }

    /** Each session starts the quiz at moments spread evenly over {@code windowMs}, without waiting for answers. */
    static Starts starts(long quiz, Session[] sessions, int windowMs) {
        int count = sessions.length;
        long[] latencies = new long[count];
        int[] statuses = new int[count];
        long[] attempts = new long[count];
        List<CompletableFuture<?>> starts = new ArrayList<>();
        long begin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = i;
            long due = begin + (long) n * windowMs * 1_000_000L / count;
            // Sleeps rather than spins: a spinning sender would take one of the machine's cores from the app.
            for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
            HttpRequest start = HttpRequest.newBuilder(uri("/api/quizzes/" + quiz + "/attempts"))
                    .header("Content-Type", "application/json").header("X-CSRF-Token", sessions[n].token())
                    .header("Cookie", sessions[n].cookie()).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            long sent = System.nanoTime();
            starts.add(HTTP.sendAsync(start, HttpResponse.BodyHandlers.ofString()).handle((answer, failure) -> {
                latencies[n] = System.nanoTime() - sent;
                statuses[n] = failure == null ? answer.statusCode() : 0;
                attempts[n] = statuses[n] == 201 ? firstLong(answer.body(), "\"id\":(\\d+)") : 0;
                return null;
            }));
        }
        long lastSent = System.nanoTime() - begin;
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        return new Starts(latencies, statuses, attempts, lastSent, System.nanoTime() - begin);
    }

    static void await(List<Future<?>> tasks) throws Exception {
        for (Future<?> task : tasks) {
            task.get();
        }
        tasks.clear();
    }

    /**
     * Each round, every learner opens and answers one attempt per check quiz (not timed), then all 32
     * submit theirs at once (timed). The first rounds warm the app up and are not counted.
     */
    static void submissions(Path file, int warmUpRounds, int rounds) throws Exception {
        List<String[]> learners = Files.readAllLines(file).stream().map(line -> line.split(" ")).toList();
        Session[] cookies = learners.stream().map(fields -> new Session(fields[0], fields[1])).toArray(Session[]::new);
        for (int i = 0; i < learners.size(); i++) {
            post("/api/attempts/" + learners.get(i)[2] + "/submission", cookies[i]); // close the attempts wrk answered
        }
        List<Long> checks = checkQuizzes();
        List<Long> submitLatencies = new ArrayList<>();
        long submitNanos = 0;
        long submitted = 0;
        long failed = 0;
        long firstSubmitted = Long.MAX_VALUE;
        for (int round = -warmUpRounds; round < rounds; round++) {
            long[][] open = new long[LEARNERS][checks.size()];
            for (int i = 0; i < LEARNERS; i++) {
                for (int q = 0; q < checks.size(); q++) {
                    String attempt = post("/api/quizzes/" + checks.get(q) + "/attempts", cookies[i]).body();
                    open[i][q] = firstLong(attempt, "\"id\":(\\d+)");
                    firstSubmitted = Math.min(firstSubmitted, open[i][q]);
                    answerOne(open[i][q], attempt, cookies[i]);
                }
            }
            Result burst = burst(checks.size(),
                    (i, q) -> post("/api/attempts/" + open[i][q] + "/submission", cookies[i]));
            if (round >= 0) {
                submitNanos += burst.wallNanos;
                submitted += burst.ok;
                failed += burst.failed;
                submitLatencies.addAll(burst.latencies);
            }
        }
        new Result(submitted, failed, submitNanos, submitLatencies).print("submissions");
        System.out.println("submitted_attempt_min=" + firstSubmitted);
    }

    static final Pattern SINGLE_CHOICE = Pattern.compile(
            "\"id\":\"([^\"]+)\",\"version\":\\d+,\"type\":\"single_choice\".*?\"choices\":\\[\\{\"id\":\"([^\"]+)\"");
    static final Pattern TRUE_FALSE = Pattern.compile("\"id\":\"([^\"]+)\",\"version\":\\d+,\"type\":\"true_false\"");

    /** Answers one question of a fresh attempt, so that a submission has an answer to score. */
    static void answerOne(long attempt, String json, Session cookie) throws Exception {
        Matcher single = SINGLE_CHOICE.matcher(json);
        Matcher truth = TRUE_FALSE.matcher(json);
        String question;
        String body;
        if (single.find()) {
            question = single.group(1);
            body = "{\"choiceId\":\"" + single.group(2) + "\"}";
        } else if (truth.find()) {
            question = truth.group(1);
            body = "{\"value\":true}";
        } else {
            throw new IllegalStateException("No single-choice or true/false question in " + json);
        }
        HttpResponse<String> saved = send(HttpRequest.newBuilder(uri("/api/attempts/" + attempt + "/answers/" + question))
                .header("Content-Type", "application/json").header("X-CSRF-Token", cookie.token())
                .PUT(HttpRequest.BodyPublishers.ofString(body)), cookie.cookie());
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("Could not answer " + question + ": " + saved.body());
        }
    }

    interface IndexedCall {
        HttpResponse<String> call(int learner, int index) throws Exception;
    }

    record Result(long ok, long failed, long wallNanos, List<Long> latencies) {
        void print(String name) {
            List<Long> sorted = latencies.stream().sorted().toList();
            double seconds = wallNanos / 1e9;
            System.out.printf("%s_ok=%d%n%s_failed=%d%n%s_per_second=%.1f%n%s_p50_ms=%.2f%n%s_p99_ms=%.2f%n",
                    name, ok, name, failed, name, ok / seconds, name, percentile(sorted, 50), name, percentile(sorted, 99));
        }
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Every learner makes its calls at the same moment, one after another; returns the wall time of the burst. */
    static Result burst(int callsEach, IndexedCall call) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        CyclicBarrier ready = new CyclicBarrier(LEARNERS + 1);
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            int learner = i;
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            threads.add(start(() -> {
                try {
                    ready.await();
                    for (int k = 0; k < callsEach; k++) {
                        long before = System.nanoTime();
                        int status = call.call(learner, k).statusCode();
                        mine.add(System.nanoTime() - before);
                        (status / 100 == 2 ? ok : failed).incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }));
        }
        ready.await();
        long start = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - start;
        return new Result(ok.get(), failed.get(), wall, latencies.stream().flatMap(List::stream).toList());
    }

    static Thread start(Runnable body) {
        Thread thread = new Thread(body);
        thread.start();
        return thread;
    }

    /** A signed-in learner as a browser holds one: the session cookie, and the CSRF token its pages carry. */
    record Session(String cookie, String token) {
    }

    /** Signs in through the sign-in form, with the CSRF token of the sign-in page, as a browser does. */
    static Session signIn(String email) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
        String csrf = cookie(page, "cofactor-csrf=");
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&csrf-token=" + token(page))),
                csrf);
        String session = cookie(signIn, "cofactor-session=");
        return new Session(session, token(send(HttpRequest.newBuilder(uri("/account")).GET(), session)));
    }

    static String cookie(HttpResponse<String> response, String prefix) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(prefix))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + prefix + " cookie: " + response.statusCode()));
    }

    static String token(HttpResponse<String> page) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the page: " + page.body());
        }
        return token.group(1);
    }

    static HttpResponse<String> post(String path, Session session) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-Token", session.token()).POST(HttpRequest.BodyPublishers.ofString("{}")), session.cookie());
    }

    static HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create(base + path);
    }

    static long firstLong(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + regex + " in " + text);
        }
        return Long.parseLong(matcher.group(1));
    }
}
