package vcl.experiments.spec;

import vcl.sim.perceptron.SelfOverlapSchedule;

/**
 * {@code --qstar-ramp START:END:EPOCHS}: q* held on a linear ramp ("slow SGD", figure 2d), with
 * the text as the user gave it (for provenance).
 *
 * @param text     the option's text
 * @param schedule the ramp it denotes
 */
public record QStarRamp(String text, SelfOverlapSchedule schedule) {

    public QStarRamp {
        if (text == null || schedule == null) {
            throw new IllegalArgumentException("a q* ramp needs its text and its schedule");
        }
    }

    /** Parses START:END:EPOCHS; null for null (no ramp). */
    public static QStarRamp parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw UserInputException.malformed("--qstar-ramp", "--qstar-ramp must be START:END:EPOCHS (got '" + text + "')");
        }
        try {
            return new QStarRamp(text, new SelfOverlapSchedule(Double.parseDouble(parts[0]),
                    Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
        } catch (NumberFormatException e) {
            throw UserInputException.malformed("--qstar-ramp", "--qstar-ramp: '" + text + "' is not START:END:EPOCHS");
        } catch (IllegalArgumentException e) {
            throw UserInputException.malformed("--qstar-ramp", "--qstar-ramp: " + e.getMessage());
        }
    }

    /** The schedule of a ramp that may be absent. */
    public static SelfOverlapSchedule scheduleOf(QStarRamp ramp) {
        return ramp == null ? null : ramp.schedule();
    }

    /** The text of a ramp that may be absent. */
    public static String textOf(QStarRamp ramp) {
        return ramp == null ? null : ramp.text();
    }
}
