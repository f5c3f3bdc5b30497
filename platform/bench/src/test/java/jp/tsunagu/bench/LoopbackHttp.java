package jp.tsunagu.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A minimal HTTP/1.1 client for the benchmarks' load generator on loopback: requests are bytes encoded before the clock
 * starts, sent over kept-alive connections from a pool that grows to the peak number of requests in flight (as a client
 * with a connection per waiting request would), and answers are read by their {@code Content-Length} or chunks. It does
 * a tenth of the JDK {@code HttpClient}'s work per request, so on two shared cores the generator takes less of the
 * CPU the server is measured on; it speaks only what Tomcat answers on loopback (no TLS, no redirects, no compression).
 */
final class LoopbackHttp implements AutoCloseable {
    /** A request as it goes on the wire. */
    record Request(byte[] bytes) {
        static Request of(String method, String path, String body, String... headers) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[start.length + content.length];
            System.arraycopy(start, 0, all, 0, start.length);
            System.arraycopy(content, 0, all, start.length, content.length);
            return new Request(all);
        }
    }

    /** An answer: its status and its body as text. */
    record Response(int status, String body) {
    }

    private final int port;
    private final int timeoutMillis;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

    LoopbackHttp(int port, int timeoutMillis) {
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** Sends on an idle connection (a new one if none is idle; once more on a new one if a kept-alive one was closed). */
    Response send(Request request) throws IOException {
        Connection reused = idle.pollFirst();
        if (reused != null) {
            try {
                return exchange(reused, request);
            } catch (ClosedByServer closed) {
                // Tomcat closed it while it was idle, before answering a byte: sent again on a new connection (on
                // loopback Tomcat closes only idle or finished connections, so the request was not processed)
            }
        }
        return exchange(new Connection(port, timeoutMillis), request);
    }

    private Response exchange(Connection c, Request request) throws IOException {
        try {
            Response response = c.exchange(request);
            if (c.open()) {
                idle.addFirst(c);
            } else {
                c.close();
            }
            return response;
        } catch (IOException | RuntimeException e) { // a malformed answer too: the socket is not reused
            c.close();
            throw e;
        }
    }

    @Override
    public void close() {
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            c.close();
        }
    }

    /** The server closed a kept-alive connection before answering a byte. */
    private static final class ClosedByServer extends IOException {
        ClosedByServer() {
            super("connection closed by the server before the answer");
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean open = true;
        private int answered;

        Connection(int port, int timeoutMillis) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        boolean open() {
            return open;
        }

        Response exchange(Request request) throws IOException {
            boolean reused = answered > 0;
            try {
                out.write(request.bytes());
                out.flush();
            } catch (java.net.SocketException e) {
                open = false;
                if (reused) {
                    throw new ClosedByServer();
                }
                throw e;
            }
            String status = line(reused);
            answered++;
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(false); !header.isEmpty(); header = line(false)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> open &= !value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (code / 100 == 1 || code == 204 || code == 304) {
                return new Response(code, ""); // no body, whatever the headers say
            }
            if (chunked) {
                for (int size = Integer.parseInt(line(false).split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line(false).split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(false);
                }
                while (!line(false).isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                byte[] content = in.readNBytes((int) length);
                if (content.length < length) {
                    open = false;
                    throw new IOException("connection closed after " + content.length + " of " + length + " bytes of the body");
                }
                body.write(content);
            } else {
                open = false; // the body ends with the connection
                body.write(in.readAllBytes());
            }
            return new Response(code, body.toString(StandardCharsets.UTF_8));
        }

        /** One header line without its CRLF; at the start of an answer on a reused connection, EOF means it was closed. */
        private String line(boolean reusedStart) throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = read(reusedStart && line.isEmpty()); ; b = read(reusedStart && line.isEmpty())) {
                if (b < 0) {
                    open = false;
                    if (reusedStart && line.isEmpty()) {
                        throw new ClosedByServer();
                    }
                    throw new IOException("connection closed in the middle of an answer");
                }
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) b); // headers are ASCII
            }
        }

        /** A byte; a reset before the first byte of an answer on a reused connection means the server had closed it. */
        private int read(boolean first) throws IOException {
            try {
                return in.read();
            } catch (java.net.SocketException e) {
                open = false;
                if (first) {
                    throw new ClosedByServer();
                }
                throw e;
            }
        }

        void close() {
            open = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a loopback socket
            }
        }
    }
}
