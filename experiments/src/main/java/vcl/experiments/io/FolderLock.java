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
 * (the later one's). The lock file is removed (while still locked) when the lock is closed; a
 * process that waited on a removed file locks the new one instead. The operating system
 * releases the lock when the process ends, even when it is killed (the empty file then stays
 * until the next run closes its lock). Within one process a second lock on the same folder is
 * refused ({@link java.nio.channels.OverlappingFileLockException}): hold one at a time.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name in the folder. */
    public static final String NAME = ".vcl.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} (created if missing), waiting for another process that holds it and
     * saying so on {@code waiting} (called once, with the lock file, before waiting).
     */
    public static FolderLock acquire(Path folder, java.util.function.Consumer<Path> waiting) {
        Path file = folder.resolve(NAME);
        boolean told = false;
        try {
            Files.createDirectories(folder);
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    Object opened = key(file);
                    FileLock lock = channel.tryLock();
                    if (lock == null) {
                        if (!told) {
                            waiting.accept(file);
                            told = true;
                        }
                        lock = channel.lock();
                    }
                    if (opened != null && opened.equals(key(file))) {
                        return new FolderLock(file, channel, lock);
                    }
                    channel.close();   // the holder removed the file we waited on: lock the new one
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new AtomicFiles.WriteFailure(file, e);
        }
    }

    /** The file's identity (device and inode), or null when it is gone. */
    private static Object key(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
