package org.unknot.ui.player.cues;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Control;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.SourceDataLine;

/**
 * A sound line without a sound device: keeps what is written, or fails, or holds the writer until released — the
 * three ways a real line behaves that matter to {@link ClipSoundOutput}.
 */
final class FakeLine implements SourceDataLine {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final RuntimeException failure;
    private final CountDownLatch release;
    private volatile boolean open = true;
    private volatile Thread writer;

    private FakeLine(RuntimeException failure, CountDownLatch release) {
        this.failure = failure;
        this.release = release;
    }

    static FakeLine recording() {
        return new FakeLine(null, new CountDownLatch(0));
    }

    static FakeLine failing(RuntimeException failure) {
        return new FakeLine(failure, new CountDownLatch(0));
    }

    static FakeLine blockingUntil(CountDownLatch release) {
        return new FakeLine(null, release);
    }

    synchronized byte[] written() {
        return written.toByteArray();
    }

    Thread writer() {
        return writer;
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        writer = Thread.currentThread();
        if (failure != null) {
            throw failure;
        }
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        synchronized (this) {
            written.write(bytes, offset, length);
        }
        return length;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public void open(AudioFormat format, int bufferSize) {
        open = true;
    }

    @Override
    public void open(AudioFormat format) {
        open = true;
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public AudioFormat getFormat() {
        return Tones.FORMAT;
    }

    @Override
    public void drain() {
    }

    @Override
    public void flush() {
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    @Override
    public boolean isRunning() {
        return open;
    }

    @Override
    public boolean isActive() {
        return open;
    }

    @Override
    public int getBufferSize() {
        return 0;
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public int getFramePosition() {
        return 0;
    }

    @Override
    public long getLongFramePosition() {
        return 0;
    }

    @Override
    public long getMicrosecondPosition() {
        return 0;
    }

    @Override
    public float getLevel() {
        return 0;
    }

    @Override
    public Line.Info getLineInfo() {
        return new Line.Info(SourceDataLine.class);
    }

    @Override
    public Control[] getControls() {
        return new Control[0];
    }

    @Override
    public boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    public Control getControl(Control.Type control) {
        throw new IllegalArgumentException("No controls on a fake line");
    }

    @Override
    public void addLineListener(LineListener listener) {
    }

    @Override
    public void removeLineListener(LineListener listener) {
    }
}
