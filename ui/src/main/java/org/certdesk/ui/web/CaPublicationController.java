package org.certdesk.ui.web;

import java.util.Optional;
import java.util.regex.Pattern;

import org.certdesk.application.port.CaPublication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CA's public repository (BR 4.9.7, 4.10.2): the root for people to trust, CA certificates at
 * the AIA caIssuers URL and CRLs at the CRL distribution point, open without sign-in because
 * relying parties (browsers, openssl, curl) fetch them unauthenticated.
 */
@RestController
class CaPublicationController {

    /** RFC 5280 4.2.2.1: a caIssuers URI over HTTP serves one DER certificate as application/pkix-cert. */
    static final MediaType PKIX_CERT = MediaType.parseMediaType("application/pkix-cert");
    /** RFC 5280 4.2.1.13 with RFC 2585: a CRL over HTTP is DER, application/pkix-crl. */
    static final MediaType PKIX_CRL = MediaType.parseMediaType("application/pkix-crl");
    static final MediaType PEM_FILE = MediaType.parseMediaType("application/x-pem-file");
    /** CA ids as CaHierarchyFactory makes them ("ecc-1a2b3c4d"); anything else cannot name a CA. */
    private static final Pattern CA_ID = Pattern.compile("[a-z]{1,10}-[0-9a-f]{8}");

    private final CaPublication publication;

    CaPublicationController(CaPublication publication) {
        this.publication = publication;
    }

    /** The root in PEM, the form people paste into trust stores and pass to curl --cacert. */
    @GetMapping("/ca/root.crt")
    ResponseEntity<String> root() {
        return ResponseEntity.ok().contentType(PEM_FILE).body(publication.rootPem());
    }

    @GetMapping("/ca/{id}.crt")
    ResponseEntity<?> caCertificate(@PathVariable String id) {
        return der(caId(id).flatMap(publication::caCertificateDer), PKIX_CERT, "No CA certificate with this id.");
    }

    @GetMapping("/crl/{id}.crl")
    ResponseEntity<?> crl(@PathVariable String id) {
        return der(caId(id).flatMap(publication::crlDer), PKIX_CRL, "No CRL for this CA id.");
    }

    private static Optional<String> caId(String candidate) {
        return CA_ID.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    private static ResponseEntity<?> der(Optional<byte[]> body, MediaType type, String notFound) {
        if (body.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(notFound);
        }
        return ResponseEntity.ok().contentType(type).body(body.get());
    }
}
