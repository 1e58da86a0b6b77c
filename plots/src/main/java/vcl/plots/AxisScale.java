package vcl.plots;

/** Linear or base-10 logarithmic axis. */
public enum AxisScale {
    LINEAR, LOG
}
