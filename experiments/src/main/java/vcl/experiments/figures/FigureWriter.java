package vcl.experiments.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.FigureFiles;
import vcl.experiments.io.Json;
import vcl.experiments.io.OutputFormat;
import vcl.experiments.io.Provenance;

/** Writes a computed figure as ID.png, ID.svg, ID.pdf, ID.csv (every plotted number) and ID.json (provenance). */
public final class FigureWriter {

    private FigureWriter() {
    }

    /** Writes all five files into {@code folder}; returns their paths. */
    public static List<Path> write(String id, Preset preset, FigureResult result, Path folder, double seconds, long seed) {
        List<Path> files = new ArrayList<>();
        try {
            files.addAll(FigureFiles.writeAll(result.figure(), folder, id));
        } catch (IOException e) {
            throw new AtomicFiles.WriteFailure(folder, e);
        }
        Path csv = folder.resolve(id + ".csv");
        AtomicFiles.writeString(csv, result.data().table().render(OutputFormat.csv, Map.of()));
        files.add(csv);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("figure", id);
        params.put("preset", preset.name());
        params.put("master_seed", seed);
        params.putAll(result.parameters());
        Map<String, Object> prov = Provenance.of("figure " + id, params);
        prov.put("seconds", seconds);
        result.theorySimulationDistance().ifPresent(d -> prov.put("theory_simulation_distance_mean_abs_eps", d));
        result.agreement().ifPresent(a -> prov.put("agreement", a.toJson()));
        prov.put("null_values", "a null number in this record is NaN or infinite: not computed or not defined "
                + "(e.g. a theory point that did not converge, a transition the grid does not bracket)");
        prov.put("files", files.stream().map(p -> p.getFileName().toString()).toList());
        Path json = folder.resolve(id + ".json");
        AtomicFiles.writeString(json, Json.write(prov) + "\n");
        files.add(json);
        return files;
    }
}
