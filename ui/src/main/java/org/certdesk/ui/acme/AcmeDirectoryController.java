package org.certdesk.ui.acme;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.certdesk.application.acme.AcmeRenewalInformation;
import org.certdesk.domain.acme.AcmeProfile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The unsigned ACME resources: the directory (RFC 8555 7.1.1), newNonce (7.2) and renewalInfo (RFC 9773 4). */
@RestController
@RequestMapping("/acme")
class AcmeDirectoryController {

    private final AcmeReplies replies;
    private final AcmeRenewalInformation renewals;

    AcmeDirectoryController(AcmeReplies replies, AcmeRenewalInformation renewals) {
        this.replies = replies;
        this.renewals = renewals;
    }

    @GetMapping("/directory")
    ResponseEntity<String> directory(HttpServletRequest request) {
        AcmeLinks links = AcmeLinks.of(request);
        Map<String, Object> directory = new LinkedHashMap<>();
        directory.put("newNonce", links.newNonce());
        directory.put("newAccount", links.newAccount());
        directory.put("newOrder", links.newOrder());
        directory.put("revokeCert", links.revokeCert());
        directory.put("keyChange", links.keyChange());
        directory.put("renewalInfo", links.renewalInfo());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("website", links.base().replaceFirst("/acme$", "/"));
        meta.put("caaIdentities", java.util.List.of(renewals.caaIdentity()));
        meta.put("externalAccountRequired", true);
        Map<String, Object> profiles = new LinkedHashMap<>();
        for (AcmeProfile profile : renewals.profiles()) {
            profiles.put(profile.name(), profile.description());
        }
        meta.put("profiles", profiles);
        directory.put("meta", meta);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(AcmeJson.write(directory));
    }

    /** RFC 8555 7.2: HEAD answers 200, GET 204, both with a fresh nonce. */
    @RequestMapping(value = "/new-nonce", method = {RequestMethod.HEAD, RequestMethod.GET})
    ResponseEntity<Void> newNonce(HttpServletRequest request) {
        return replies.status("HEAD".equals(request.getMethod()) ? 200 : 204, AcmeLinks.of(request)).build();
    }

    /** Anything else under /acme: a problem document, not the console's error page. */
    @RequestMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        throw new org.certdesk.domain.acme.AcmeProblem(org.certdesk.domain.acme.AcmeProblemType.NOT_FOUND,
                "No ACME resource at " + request.getRequestURI() + "; start from " + AcmeLinks.of(request).directory() + ".");
    }

    /** RFC 9773 4.2: the suggested renewal window of a certificate, unsigned and cacheable. */
    @GetMapping("/renewal-info/{certId}")
    ResponseEntity<String> renewalInfo(@PathVariable String certId, HttpServletRequest request) {
        var window = renewals.window(certId);
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> suggested = new LinkedHashMap<>();
        suggested.put("start", AcmeJson.timestamp(window.start()));
        suggested.put("end", AcmeJson.timestamp(window.end()));
        body.put("suggestedWindow", suggested);
        window.explanation().ifPresent(text -> body.put("explanationURL", AcmeLinks.of(request).directory()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Retry-After", String.valueOf(AcmeRenewalInformation.RETRY_AFTER.toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + AcmeRenewalInformation.RETRY_AFTER.toSeconds())
                .body(AcmeJson.write(body));
    }
}
