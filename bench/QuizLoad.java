import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the quiz API, run by bench/run.sh against the packaged app on 127.0.0.1 only:
 * 32 signed-in learners save answers (PUT) for a fixed time, then submit attempts in rounds.
 * Prints one "key=value" line per measure; run.sh turns them into bench/RESULTS.md.
 *
 * Usage: java bench/QuizLoad.java BASE_URL ADMIN_EMAIL ADMIN_PASSWORD PUT_SECONDS SUBMIT_ROUNDS
 */
public class QuizLoad {

    static final int LEARNERS = 32;
    static final String PASSWORD = "bench learner password";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String admin = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int putSeconds = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);

        String quizzes = send(HttpRequest.newBuilder(uri("/api/quizzes")).GET(), null).body();
        List<Long> checks = new ArrayList<>();
        Matcher quiz = Pattern.compile("\"id\":(\\d+),\"slug\":\"check-[^\"]+\"").matcher(quizzes);
        while (quiz.find()) {
            checks.add(Long.parseLong(quiz.group(1)));
        }
        long firstCheck = checks.get(0); // "How Magnesium Calms Your Brain": holds the question gaba-role

        String run = Long.toString(System.currentTimeMillis(), 36);
        String[] cookies = new String[LEARNERS];
        long[] learnerIds = new long[LEARNERS];
        for (int i = 0; i < LEARNERS; i++) {
            String email = "bench-" + run + "-" + i + "@example.org";
            String created = send(HttpRequest.newBuilder(uri("/api/admin/users")).header("Authorization", admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Bench " + i + "\",\"email\":\"" + email
                            + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"learner\"}")), null).body();
            learnerIds[i] = firstLong(created, "\"id\":(\\d+)");
            HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                            + "&j_password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))), null);
            cookies[i] = signIn.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("cofactor-session="))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        }

        // Answers: each learner keeps changing its answer to one question of an open attempt.
        long[] putAttempts = new long[LEARNERS];
        for (int i = 0; i < LEARNERS; i++) {
            putAttempts[i] = firstLong(post("/api/quizzes/" + firstCheck + "/attempts", cookies[i]).body(), "\"id\":(\\d+)");
        }
        Call saveAnswer = i -> {
            String body = "{\"choiceId\":\"" + (System.nanoTime() % 2 == 0 ? "inhibitory" : "excitatory") + "\"}";
            return send(HttpRequest.newBuilder(uri("/api/attempts/" + putAttempts[i] + "/answers/gaba-role"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), cookies[i]);
        };
        measure(Math.max(5, putSeconds / 2), saveAnswer); // warm-up: the JIT compiles the hot path first
        Result answers = measure(putSeconds, saveAnswer);
        answers.print("answers");
        System.out.println("put_attempt_min=" + Arrays.stream(putAttempts).min().orElseThrow());
        System.out.println("put_attempt_max=" + Arrays.stream(putAttempts).max().orElseThrow());
        System.out.println("learner_min=" + Arrays.stream(learnerIds).min().orElseThrow());
        System.out.println("learner_max=" + Arrays.stream(learnerIds).max().orElseThrow());
        for (int i = 0; i < LEARNERS; i++) {
            post("/api/attempts/" + putAttempts[i] + "/submission", cookies[i]);
        }

        // Submissions: each round, every learner opens and answers one attempt per check quiz (not timed),
        // then all 32 submit theirs at once (timed).
        List<Long> submitLatencies = new ArrayList<>();
        long submitNanos = 0;
        long submitted = 0;
        long failed = 0;
        long firstSubmitted = Long.MAX_VALUE;
        for (int round = -1; round < rounds; round++) { // round -1 warms up and is not counted
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
    static void answerOne(long attempt, String json, String cookie) throws Exception {
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
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), cookie);
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("Could not answer " + question + ": " + saved.body());
        }
    }

    interface Call {
        HttpResponse<String> call(int learner) throws Exception;
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

    /** Every learner calls in a loop for the given time; returns the rate over the whole window. */
    static Result measure(int seconds, Call call) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        for (int i = 0; i < LEARNERS; i++) {
            int learner = i;
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            threads.add(start(() -> {
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    try {
                        int status = call.call(learner).statusCode();
                        (status / 100 == 2 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - before);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - start;
        return new Result(ok.get(), failed.get(), wall, latencies.stream().flatMap(List::stream).toList());
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

    static HttpResponse<String> post(String path, String cookie) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")), cookie);
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
