package io.stancegraph.ingest;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A graphql-ws (graphql-transport-ws) client for tests: subscribes, runs a trigger, returns the first event's payload. */
final class Subscriptions {

    /** What a test does once the subscription is in place. */
    interface Trigger {
        void run() throws Exception;
    }

    private Subscriptions() {
    }

    static JsonObject firstEvent(String host, int port, String subscription, Trigger trigger) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            CompletableFuture<JsonObject> next = new CompletableFuture<>();
            CompletableFuture<Void> subscribed = new CompletableFuture<>();
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(host).setPort(port)
                    .setURI("/graphql").setSubProtocols(List.of("graphql-transport-ws"));
            vertx.createHttpClient().webSocket(options).onSuccess(ws -> {
                ws.textMessageHandler(text -> {
                    JsonObject message = new JsonObject(text);
                    switch (message.getString("type")) {
                        case "connection_ack" -> {
                            ws.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload",
                                    new JsonObject().put("query", subscription)).encode());
                            vertx.setTimer(500, t -> subscribed.complete(null));
                        }
                        case "next" -> next.complete(message.getJsonObject("payload"));
                        default -> { }
                    }
                });
                ws.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
            }).onFailure(next::completeExceptionally);
            subscribed.get(10, TimeUnit.SECONDS);
            trigger.run();
            return next.get(10, TimeUnit.SECONDS);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }
}
