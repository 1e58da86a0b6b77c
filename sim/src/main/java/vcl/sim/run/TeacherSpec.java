package vcl.sim.run;

import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.data.Teacher;
import vcl.sim.spec.Ranges;

/** Where the teacher of a task comes from: drawn fresh, or correlated with the previous task's. */
public sealed interface TeacherSpec {

    /** The teacher of N weights, given the previous task's teacher (null for the first task). */
    Teacher draw(int n, Teacher previous, UniformRandomProvider rng);

    /** Whether this teacher needs a previous task (only a correlated one does). */
    boolean needsPrevious();

    /** A new teacher with i.i.d. uniform ±1 weights. */
    record Fresh() implements TeacherSpec {
        @Override
        public Teacher draw(int n, Teacher previous, UniformRandomProvider rng) {
            return Teacher.random(n, rng);
        }

        @Override
        public boolean needsPrevious() {
            return false;
        }
    }

    /**
     * The previous task's teacher with each weight kept with probability (1 + r0)/2 and flipped
     * otherwise, so that the two overlap by r0 on average.
     *
     * @param r0 teacher overlap in [-1, 1]
     */
    record Correlated(double r0) implements TeacherSpec {
        public Correlated {
            Ranges.within("r0", r0, -1, 1);
        }

        @Override
        public Teacher draw(int n, Teacher previous, UniformRandomProvider rng) {
            return previous.correlated(r0, rng);
        }

        @Override
        public boolean needsPrevious() {
            return true;
        }
    }
}
