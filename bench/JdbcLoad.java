import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one of bench/pgbench/*.sql the way pgbench does (32 clients, each its own connection, the
 * script's {@code \set x random(a, b)} lines, BEGIN/END as one transaction, other statements committed
 * on their own), but from Java over pgjdbc, the driver the app uses, with no HTTP and no framework.
 * bench/run.sh prints its rate next to pgbench's: the most any Java app could reach on this machine.
 *
 * Usage: java -cp POSTGRESQL_JDBC_JAR bench/JdbcLoad.java JDBC_URL SCRIPT WARM_UP_SECONDS SECONDS name=value...
 * Prints jdbc_per_second, jdbc_p50_ms and jdbc_p99_ms.
 */
public class JdbcLoad {

    static final int CLIENTS = 32;
    static final Pattern SET = Pattern.compile("\\\\set (\\w+) random\\((\\S+), (\\S+)\\)");
    static final Pattern VARIABLE = Pattern.compile("(?<!:):(\\w+)");

    record Random(String name, String low, String high) {}

    /** One statement of the script, its pgbench variables turned into JDBC parameters. */
    record Statement(String sql, List<String> parameters) {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        long warmUp = Long.parseLong(args[2]);
        long seconds = Long.parseLong(args[3]);
        Map<String, Long> defined = new HashMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            defined.put(pair[0], Long.parseLong(pair[1]));
        }
        List<Random> randoms = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        boolean transaction = parse(lines, randoms, statements);

        List<Long> latencies = new ArrayList<>();
        long start = System.nanoTime();
        long measureFrom = start + warmUp * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                try (Connection connection = DriverManager.getConnection(url)) {
                    connection.setAutoCommit(!transaction);
                    List<PreparedStatement> prepared = new ArrayList<>();
                    for (Statement statement : statements) {
                        prepared.add(connection.prepareStatement(statement.sql()));
                    }
                    Map<String, Long> values = new HashMap<>(defined);
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        for (Random random : randoms) {
                            long low = value(random.low(), values);
                            long high = value(random.high(), values);
                            values.put(random.name(), ThreadLocalRandom.current().nextLong(low, high + 1));
                        }
                        for (int s = 0; s < statements.size(); s++) {
                            PreparedStatement statement = prepared.get(s);
                            List<String> parameters = statements.get(s).parameters();
                            for (int p = 0; p < parameters.size(); p++) {
                                statement.setLong(p + 1, values.get(parameters.get(p)));
                            }
                            statement.execute();
                        }
                        if (transaction) {
                            connection.commit();
                        }
                        if (now >= measureFrom) {
                            mine.add(System.nanoTime() - now);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                synchronized (latencies) {
                    latencies.addAll(mine);
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("jdbc_per_second=%.1f%njdbc_p50_ms=%.2f%njdbc_p99_ms=%.2f%n",
                sorted.size() / (double) seconds, percentile(sorted, 50), percentile(sorted, 99));
    }

    /** Reads the script; answers whether BEGIN and END make it one transaction. */
    static boolean parse(List<String> lines, List<Random> randoms, List<Statement> statements) {
        boolean transaction = false;
        StringBuilder sql = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            Matcher set = SET.matcher(trimmed);
            if (set.matches()) {
                randoms.add(new Random(set.group(1), set.group(2), set.group(3)));
            } else if (trimmed.equals("BEGIN;") || trimmed.equals("END;")) {
                transaction = true;
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                sql.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    List<String> parameters = new ArrayList<>();
                    Matcher variable = VARIABLE.matcher(sql.toString().strip().replaceAll(";$", ""));
                    StringBuilder jdbc = new StringBuilder();
                    while (variable.find()) {
                        parameters.add(variable.group(1));
                        variable.appendReplacement(jdbc, "?");
                    }
                    variable.appendTail(jdbc);
                    statements.add(new Statement(jdbc.toString(), parameters));
                    sql.setLength(0);
                }
            }
        }
        return transaction;
    }

    static long value(String bound, Map<String, Long> values) {
        return bound.startsWith(":") ? values.get(bound.substring(1)) : Long.parseLong(bound);
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
