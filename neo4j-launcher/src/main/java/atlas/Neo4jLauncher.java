package atlas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j 5.26 Community (the engine of the neo4j:5.26-community image) with Bolt on
 * 127.0.0.1, for machines without Docker. Prints one line "READY bolt://127.0.0.1:PORT" once the
 * database answers Cypher, and shuts down cleanly on SIGTERM or SIGINT.
 *
 * Usage: Neo4jLauncher [--port 7687] [--data ./neo4j-data] [--password NEO4J_PASSWORD env]
 */
public final class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    int port = 7687;
    Path data = Path.of("neo4j-data");
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--password" -> password = args[++i];
        default -> fail("unknown argument " + args[i] + " (expected --port, --data, --password)");
      }
    }
    // Neo4j refuses passwords under 8 characters; say so before it does, in one line.
    if (password.length() < 8) fail("set a password of 8 characters or more (NEO4J_PASSWORD or --password)");
    Files.createDirectories(data);
    Path home = data.toAbsolutePath();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Modest defaults for a 2-core development machine; the JVM heap is set by the caller.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  System.out.println("STOPPED");
                  System.out.flush();
                  stopped.countDown();
                }));

    // The embedded API runs with full rights, so it can set the password Bolt clients must use.
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
        java.util.Map.of("password", password));
    GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    neo4j.executeTransactionally("RETURN 1");

    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static void fail(String message) {
    System.err.println("neo4j-launcher: " + message);
    System.exit(2);
  }
}
