package org.certdesk.adapters.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;

/**
 * Reads a body up to a cap and gives up (cancelling the download) beyond it, so a server that
 * streams without a Content-Length cannot make the CA read without end.
 */
final class CappedBodySubscriber implements BodySubscriber<FileFetch> {

    private final long maxBytes;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final CompletableFuture<FileFetch> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBodySubscriber(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<FileFetch> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (body.size() + (long) buffer.remaining() > maxBytes) {
                subscription.cancel();
                result.complete(FileFetchBodyHandler.tooLarge());
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            body.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        // The token sits on a line of its own; surrounding whitespace and the final newline are
        // not part of the content compared (the domain looks for the token in the body).
        result.complete(new FileFetch.Content(body.toString(StandardCharsets.UTF_8).strip()));
    }
}
