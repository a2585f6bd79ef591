package org.certdesk.application.port;

import java.util.List;
import org.certdesk.domain.verification.RemotePerspective;

/**
 * Port: the remote perspectives configured now with the address of each one's agent, for the
 * admin's overview (BR 3.2.2.9). Corroboration itself needs only
 * {@link org.certdesk.domain.verification.RemotePerspectives}.
 */
public interface PerspectiveDirectory {

    List<Listed> listed();

    record Listed(RemotePerspective perspective, String url) {
    }
}
