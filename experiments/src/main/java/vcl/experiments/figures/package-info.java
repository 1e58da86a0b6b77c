/**
 * The figures of the paper: each one {@link vcl.experiments.figures.FigureDefinition} listed in
 * {@link vcl.experiments.figures.FigureCatalog}, computed from the theory and the simulations for a
 * {@link vcl.experiments.figures.Preset}, written as PNG, SVG, PDF, CSV (every plotted number) and
 * JSON (provenance). Simulation runs go through the {@link vcl.experiments.figures.RunCache}, so a
 * stopped figure resumes.
 */
package vcl.experiments.figures;
