package org.certdesk.ui.acme;

import jakarta.servlet.http.HttpServletRequest;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the ACME edge as an RFC 7807 problem document with its RFC 8555 error type
 * (6.7), a fresh nonce (so a client can retry at once after badNonce) and, when rate limited,
 * Retry-After. Nothing else — no HTML page, no stack trace — reaches an ACME client.
 */
@RestControllerAdvice(assignableTypes = {AcmeDirectoryController.class, AcmeAccountController.class, AcmeOrderController.class})
class AcmeProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(AcmeProblemAdvice.class);

    private final AcmeReplies replies;

    AcmeProblemAdvice(AcmeReplies replies) {
        this.replies = replies;
    }

    @ExceptionHandler(AcmeProblem.class)
    ResponseEntity<String> acme(AcmeProblem problem, HttpServletRequest request) {
        ResponseEntity.BodyBuilder reply = replies.status(problem.type().httpStatus(), AcmeLinks.of(request));
        problem.retryAfter().ifPresent(after -> reply.header(HttpHeaders.RETRY_AFTER, String.valueOf(after.toSeconds())));
        return reply.contentType(AcmeReplies.PROBLEM).body(AcmeJson.write(AcmeJson.problem(problem.type().urn(), problem.detail(),
                problem.type().httpStatus())));
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<String> concurrent(ConcurrentChangeException e, HttpServletRequest request) {
        return acme(new AcmeProblem(AcmeProblemType.CONFLICT, "Another request changed this resource at the same moment; retry."),
                request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
        return acme(new AcmeProblem(AcmeProblemType.NOT_FOUND, e.getMessage()), request);
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<String> notPermitted(NotPermittedException e, HttpServletRequest request) {
        return acme(new AcmeProblem(AcmeProblemType.UNAUTHORIZED, e.getMessage()), request);
    }

    /** A console rule refused (an issuance policy check, say): the client's request was not acceptable. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> refused(DomainException e, HttpServletRequest request) {
        return acme(new AcmeProblem(AcmeProblemType.MALFORMED, e.getMessage()), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return acme(new AcmeProblem(AcmeProblemType.MALFORMED, "The request has no readable body."), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        log.error("ACME request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return acme(new AcmeProblem(AcmeProblemType.SERVER_INTERNAL, "The server could not complete the request; it was logged."),
                request);
    }
}
