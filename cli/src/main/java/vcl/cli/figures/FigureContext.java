package vcl.cli.figures;

import vcl.cli.Progress;

/**
 * What a figure computation may use besides its preset: the master seed of its simulations, the
 * number of threads, and a progress display on stderr.
 */
public record FigureContext(long masterSeed, int threads, Progress.Factory progress) {
}
