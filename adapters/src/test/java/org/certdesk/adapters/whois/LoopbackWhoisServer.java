package org.certdesk.adapters.whois;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A real RFC 3912 server on a loopback port: one query line in, the answer out, close. */
final class LoopbackWhoisServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    final List<String> queries = new CopyOnWriteArrayList<>();

    LoopbackWhoisServer(Function<String, String> answers) throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = Thread.ofVirtual().start(() -> serve(answers));
    }

    static LoopbackWhoisServer answering(Map<String, String> answers) throws IOException {
        return new LoopbackWhoisServer(query -> answers.getOrDefault(query, "No match for \"" + query + "\".\r\n"));
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve(Function<String, String> answers) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                String query = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)).readLine();
                queries.add(query);
                OutputStream out = client.getOutputStream();
                out.write(answers.apply(query == null ? "" : query.strip()).getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
