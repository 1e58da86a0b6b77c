package vcl.experiments.simulate;

/**
 * The training options a simulation reports as the user gave them, where the run's specs keep
 * them in another form: the optimizer's name (the registry reads it case-insensitively), the
 * recording interval (a final-only run records only its last epoch), and whether only the last
 * row of each run is kept.
 *
 * @param optimizer   the optimizer's name as given
 * @param recordEvery the recording interval as given
 * @param finalOnly   keep only the last row of each run (of each task in task 2)
 */
public record TrainingChoices(String optimizer, int recordEvery, boolean finalOnly) {

    public TrainingChoices {
        if (optimizer == null) {
            throw new IllegalArgumentException("the optimizer's name is required");
        }
    }
}
