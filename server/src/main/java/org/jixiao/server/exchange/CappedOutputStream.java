package org.jixiao.server.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts what passes and stops at a cap: the only size of a zip entry to trust is the one actually unpacked. */
final class CappedOutputStream extends FilterOutputStream {
    /** Thrown when more than the cap was written. */
    static final class Exceeded extends IOException {
        Exceeded() {
            super("cap exceeded");
        }
    }

    private final long cap;
    private long written;

    CappedOutputStream(OutputStream out, long cap) {
        super(out);
        this.cap = cap;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int n) throws Exceeded {
        written += n;
        if (written > cap) {
            throw new Exceeded();
        }
    }
}
