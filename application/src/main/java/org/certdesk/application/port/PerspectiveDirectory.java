package org.certdesk.application.port;

import java.util.List;
import java.util.Optional;
import org.certdesk.domain.verification.GeoPoint;
import org.certdesk.domain.verification.RemotePerspective;

/**
 * Port: the remote perspectives configured now with the address of each one's agent, for the
 * admin's overview (BR 3.2.2.9). Corroboration itself needs only
 * {@link org.certdesk.domain.verification.RemotePerspectives}.
 */
public interface PerspectiveDirectory {

    List<Listed> listed();

    /** Where the CA's own (primary) perspective stands, if configured: the remote ones must be 500 km from it. */
    Optional<GeoPoint> primaryPosition();

    record Listed(RemotePerspective perspective, String url) {
    }
}
