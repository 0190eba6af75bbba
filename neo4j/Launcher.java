import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to loopback, auth on.
 * Started by neo4j/local-neo4j.ts as `java -cp 'neo4j/lib/*' neo4j/Launcher.java HOME PORT PASSWORD_FILE`;
 * single-file source mode means there is nothing to compile or commit but this file.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Launcher HOME PORT PASSWORD_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).trim();
        if (password.length() < 8) {
            System.err.println("The password file " + args[2] + " holds fewer than 8 characters; delete it and start again to get a new one.");
            System.exit(2);
        }

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // A runaway query must not hold the database: the API relies on this as its last guard.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(30))
                // The policy graphs are small; a modest page cache keeps the JVM within -Xmx plus ~300 MB.
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                // Transaction logs serve backups, which Community's embedded database does not take (crash recovery
                // needs only those since the last checkpoint). Neo4j's default keeps two days of them: a dozen
                // 1,000-document seeds left 6.9 GB. Pruned at each checkpoint (at most 15 minutes apart, and on stop).
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));

        // The password lives only in the 0600 file beside the data; setting it on every start keeps
        // the file and the database in step even if someone replaced the file by hand.
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (org.neo4j.graphdb.QueryExecutionException e) {
            // Every start after the first: the store already has this password, which Neo4j refuses to "change".
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
