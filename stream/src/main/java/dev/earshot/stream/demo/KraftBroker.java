package dev.earshot.stream.demo;

import java.util.Properties;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One in-process KRaft node (broker and controller in one) from Kafka's own test kit, for the demo and the
 * tests: no Docker, no separate install. Not a benchmark target: its figures are one JVM's, shared with the job.
 */
public final class KraftBroker implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    private KraftBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static KraftBroker start(int partitions) throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("num.partitions", Integer.toString(partitions))
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                // No time-based retention: the job stamps its output records with their event time, and the demo's
                // events lie on fixed simulated dates, so once the wall clock is a week past them the broker's next
                // retention check (the first comes 30 s after start) deletes the output topics before or while the demo
                // reads them: empty or partial topics, and windowed plays that differ.
                .setConfigProp("log.retention.ms", "-1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new KraftBroker(cluster);
    }

    public String bootstrap() {
        return cluster.bootstrapServers();
    }

    public Properties clientProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap());
        return p;
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
