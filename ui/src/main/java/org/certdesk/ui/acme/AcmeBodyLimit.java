package org.certdesk.ui.acme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Reads at most {@link #MAX_BYTES} of an ACME request body and refuses a longer one with a
 * problem document, before the JWS parser or any use case sees it: a client's largest honest
 * request (a finalize with an RSA-4096 CSR for 100 names) is about 20 KiB.
 */
@ControllerAdvice(assignableTypes = {AcmeAccountController.class, AcmeOrderController.class})
class AcmeBodyLimit extends RequestBodyAdviceAdapter {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new AcmeProblem(AcmeProblemType.TOO_LARGE,
                    "The request body is larger than " + MAX_BYTES / 1024 + " KiB; no ACME request needs that much.");
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }
}
