package vcl.experiments.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Locale;

/** The languages a sweep file is written in, told apart by the file's extension. */
public enum SpecFormat {
    YAML,
    TOML;

    /** The format of {@code file}: {@code .toml} is TOML, {@code .yaml}, {@code .yml} and anything else YAML. */
    public static SpecFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".toml") ? TOML : YAML;
    }

    ObjectMapper mapper() {
        return this == TOML ? new TomlMapper() : new YAMLMapper();
    }
}
