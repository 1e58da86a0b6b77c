package vcl.cli.figures;

/** How much of a figure to compute: {@code quick} (seconds to a minute here), {@code paper} (the paper's parameters). */
public enum Preset {
    quick, paper
}
