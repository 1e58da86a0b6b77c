package vcl.cli;

import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vcl.theory.prior.PriorKind;

/** {@code --prior}: the names of the theory's prior registry ({@link vcl.theory.prior.Priors#STANDARD}). */
final class Priors {

    private Priors() {
    }

    /** The registry's labels, for {@code ${COMPLETION-CANDIDATES}} in help text. */
    static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return vcl.theory.prior.Priors.STANDARD.labels().iterator();
        }
    }

    /** Looks a {@code --prior} value up in the registry; the error lists the known names. */
    static final class Converter implements ITypeConverter<PriorKind> {
        @Override
        public PriorKind convert(String value) {
            try {
                return vcl.theory.prior.Priors.STANDARD.byLabel(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
