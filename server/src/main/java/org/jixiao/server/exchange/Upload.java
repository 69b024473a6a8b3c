package org.jixiao.server.exchange;

import java.nio.file.Path;

/** A file of a batch: the name the user knows it by (for the report only) and where its bytes are kept. */
record Upload(String name, Path path) {
}
