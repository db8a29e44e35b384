"""vwo-register's composition root: the app factory, the command line, demo data and the
Piccolo configuration that picks the database engine (``VWO_DATABASE_URL``)."""

import os

os.environ.setdefault("PICCOLO_CONF", "vwo.piccolo_conf")
