package kg.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs an embedded Neo4j Community DBMS with only the Bolt connector, on a
 * loopback address, for tests and CI.  Started by docker/neo4j-local.sh.
 *
 * <p>Configuration (environment variables):
 * <ul>
 *   <li>KG_NEO4J_DATA_DIR (required) - home/data directory, should be fresh</li>
 *   <li>KG_NEO4J_READY_FILE (optional) - written atomically once Bolt is up</li>
 *   <li>KG_NEO4J_LOCAL_PASSWORD - password of user neo4j (default kg-local-password)</li>
 *   <li>KG_NEO4J_HOST - listen address (default 127.0.0.1)</li>
 *   <li>KG_NEO4J_PORT - Bolt port; 0 (default) lets the OS choose a free one</li>
 *   <li>KG_NEO4J_PAGECACHE - page cache size (default 64m)</li>
 *   <li>KG_NEO4J_TX_MEMORY - global transaction memory limit (default 256m)</li>
 *   <li>KG_NEO4J_PLUGINS (optional) - plugin folder (procedure jars such as APOC core);
 *       its apoc.* procedures are allowed unrestricted</li>
 * </ul>
 *
 * <p>Once Bolt accepts connections and the password is set, prints
 * {@code KG_NEO4J_READY bolt://HOST:PORT pid=PID} on stdout.  SIGTERM/SIGINT
 * shut the DBMS down cleanly through a shutdown hook.
 */
public final class KgNeo4jLauncher {

    private static final String DEFAULT_PASSWORD = "kg-local-password";

    private KgNeo4jLauncher() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            // Neo4j's non-daemon threads would otherwise keep a broken server alive.
            System.err.println("KG_NEO4J_FAILED " + t);
            t.printStackTrace();
            System.err.flush();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String dataDirEnv = env("KG_NEO4J_DATA_DIR", null);
        if (dataDirEnv == null && args.length > 0) {
            dataDirEnv = args[0];
        }
        if (dataDirEnv == null) {
            System.err.println("KgNeo4jLauncher: set KG_NEO4J_DATA_DIR (or pass the data dir as argument)");
            System.exit(2);
        }
        Path home = Path.of(dataDirEnv).toAbsolutePath();
        Files.createDirectories(home);
        String readyFileEnv = env("KG_NEO4J_READY_FILE", null);
        Path readyFile = readyFileEnv == null ? null : Path.of(readyFileEnv).toAbsolutePath();
        String password = env("KG_NEO4J_LOCAL_PASSWORD", DEFAULT_PASSWORD);
        String host = env("KG_NEO4J_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("KG_NEO4J_PORT", "0"));
        long pageCache = ByteUnit.parse(env("KG_NEO4J_PAGECACHE", "64m"));
        long txMemory = ByteUnit.parse(env("KG_NEO4J_TX_MEMORY", "256m"));

        String plugins = env("KG_NEO4J_PLUGINS", null);

        long t0 = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (plugins != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        }
        DatabaseManagementService managementService = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnector.thread_pool_max_size, 50)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Tests deliberately try wrong passwords; never lock the account.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Fast stop: the defaults wait several seconds for idle Bolt
                // connections and netty event loops to drain.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("KG_NEO4J_STOPPING");
            System.out.flush();
            try {
                if (readyFile != null) {
                    Files.deleteIfExists(readyFile);
                }
            } catch (IOException ignored) {
                // best effort
            }
            try {
                managementService.shutdown();
            } finally {
                System.out.println("KG_NEO4J_STOPPED");
                System.out.flush();
                stopped.countDown();
            }
        }, "kg-neo4j-shutdown"));

        // Set the password of the built-in user and drop the forced change, so
        // clients can log in with it straight away.  Embedded transactions run
        // with full privileges, whatever auth_enabled says for Bolt clients.
        managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));

        GraphDatabaseAPI db = (GraphDatabaseAPI) managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        HostnamePort bound = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bound == null) {
            throw new IllegalStateException("Bolt connector did not register a local address");
        }
        String uri = "bolt://" + host + ":" + bound.getPort();
        long pid = ProcessHandle.current().pid();
        long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();

        if (readyFile != null) {
            Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
            String content = "NEO4J_URI=" + uri + "\nPORT=" + bound.getPort() + "\nPID=" + pid + "\n";
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("KG_NEO4J_READY " + uri + " pid=" + pid + " startup_ms=" + ms);
        System.out.flush();

        stopped.await();
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? def : v;
    }
}
