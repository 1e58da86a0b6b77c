package vcl.experiments.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held while a set of files is written into it: a lock
 * file ({@value #NAME}) in the folder, locked with the operating system's file lock, so that two
 * processes writing the same figure into one folder take turns and each leaves a complete set
 * (the later one's). The lock is released when the process ends, even when it is killed; the
 * empty lock file stays. A second lock by the same process on the same folder waits forever, so
 * hold one at a time.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name in the folder. */
    public static final String NAME = ".vcl.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} (created if missing), waiting for another process that holds it and
     * saying so on {@code waiting} (called once, with the lock file, before waiting).
     */
    public static FolderLock acquire(Path folder, java.util.function.Consumer<Path> waiting) {
        Path file = folder.resolve(NAME);
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    waiting.accept(file);
                    lock = channel.lock();
                }
                return new FolderLock(channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new AtomicFiles.WriteFailure(file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
