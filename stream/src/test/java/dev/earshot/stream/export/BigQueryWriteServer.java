package dev.earshot.stream.export;

import com.google.cloud.bigquery.storage.v1.AppendRowsRequest;
import com.google.cloud.bigquery.storage.v1.AppendRowsResponse;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteGrpc;
import com.google.protobuf.ByteString;
import com.google.protobuf.Int64Value;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.Text;

/**
 * The BigQuery Storage Write service on a loopback port, from the client library's own generated stubs: it takes
 * Arrow appends, decodes every record batch with the writer schema its connection announced, keeps the rows, and
 * acknowledges with the stream offset; or refuses them all, as a table with another schema would.
 */
final class BigQueryWriteServer extends BigQueryWriteGrpc.BigQueryWriteImplBase implements AutoCloseable {
    private final boolean refuse;
    private final List<List<Object>> rows = Collections.synchronizedList(new ArrayList<>());
    private final List<String> streams = Collections.synchronizedList(new ArrayList<>());
    private final List<Schema> schemas = Collections.synchronizedList(new ArrayList<>());
    private final BufferAllocator allocator = new RootAllocator();
    private final ExecutorService calls = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "bigquery-write-server");
        // gRPC's shared pool may have been started by a Flink task and keep that job's (closed) class loader.
        t.setContextClassLoader(BigQueryWriteServer.class.getClassLoader());
        t.setDaemon(true);
        return t;
    });
    private final Server server;

    private BigQueryWriteServer(boolean refuse) throws IOException {
        this.refuse = refuse;
        server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .executor(calls).addService(this).build().start();
    }

    static BigQueryWriteServer accepting() throws IOException {
        return new BigQueryWriteServer(false);
    }

    static BigQueryWriteServer refusing() throws IOException {
        return new BigQueryWriteServer(true);
    }

    String endpoint() {
        return "127.0.0.1:" + server.getPort();
    }

    /** Every row received, ordered by event_id then ts (as the tests read the events table). */
    List<List<Object>> rows() {
        List<List<Object>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0))
                .thenComparing(r -> (LocalDateTime) r.get(4)));
        return sorted;
    }

    /** The write stream each append named. */
    List<String> streams() {
        return List.copyOf(streams);
    }

    /** The writer schemas the connections announced. */
    List<Schema> schemas() {
        return List.copyOf(schemas);
    }

    @Override
    public StreamObserver<AppendRowsRequest> appendRows(StreamObserver<AppendRowsResponse> responses) {
        return new StreamObserver<>() {
            private Schema schema;
            private long offset;

            @Override
            public void onNext(AppendRowsRequest request) {
                if (!request.getWriteStream().isEmpty()) {
                    streams.add(request.getWriteStream());
                }
                AppendRowsRequest.ArrowData arrow = request.getArrowRows();
                if (arrow.hasWriterSchema()) {
                    schema = schema(arrow.getWriterSchema().getSerializedSchema());
                    schemas.add(schema);
                }
                if (refuse) {
                    responses.onNext(AppendRowsResponse.newBuilder().setError(com.google.rpc.Status.newBuilder()
                            .setCode(io.grpc.Status.Code.INVALID_ARGUMENT.value()).setMessage("schema mismatch")).build());
                    return;
                }
                long first = offset;
                offset += decode(arrow.getRows().getSerializedRecordBatch());
                responses.onNext(AppendRowsResponse.newBuilder().setWriteStream(request.getWriteStream())
                        .setAppendResult(AppendRowsResponse.AppendResult.newBuilder().setOffset(Int64Value.of(first)))
                        .build());
            }

            private int decode(ByteString bytes) {
                try (ArrowRecordBatch batch = MessageSerializer.deserializeRecordBatch(read(bytes), allocator);
                     VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
                    new VectorLoader(root).load(batch);
                    for (int row = 0; row < root.getRowCount(); row++) {
                        List<Object> values = new ArrayList<>();
                        for (FieldVector v : root.getFieldVectors()) {
                            values.add(plain(v.getObject(row)));
                        }
                        rows.add(values);
                    }
                    return root.getRowCount();
                } catch (IOException e) {
                    throw new IllegalStateException("undecodable record batch", e);
                }
            }

            @Override
            public void onError(Throwable t) {
                // The client went away; nothing to answer.
            }

            @Override
            public void onCompleted() {
                responses.onCompleted();
            }
        };
    }

    private static Schema schema(ByteString bytes) {
        try {
            return MessageSerializer.deserializeSchema(read(bytes));
        } catch (IOException e) {
            throw new IllegalStateException("undecodable writer schema", e);
        }
    }

    private static ReadChannel read(ByteString bytes) {
        return new ReadChannel(Channels.newChannel(bytes.newInput()));
    }

    /** Arrow's values in the form {@link ExportRows#read} gives a database's: String for text, lists as lists. */
    private static Object plain(Object value) {
        if (value instanceof Text text) {
            return text.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BigQueryWriteServer::plain).toList();
        }
        return value;
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(30, TimeUnit.SECONDS);
        calls.shutdownNow();
        allocator.close();
    }
}
