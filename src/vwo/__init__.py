"""vwo-register: the composition root (settings, app factory, CLI, auth, audit trail)."""
