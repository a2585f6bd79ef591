package org.certdesk.domain.verification;

import java.util.List;

/** Port: the remote Network Perspectives configured now, that each check is corroborated from (BR 3.2.2.9). */
public interface RemotePerspectives {

    List<RemotePerspective> current();
}
