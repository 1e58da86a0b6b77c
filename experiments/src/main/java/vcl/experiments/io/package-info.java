/**
 * Output: files written atomically, tables rendered as CSV, aligned text or JSON (Jackson;
 * non-finite numbers as null), the provenance every result carries (version, git commit and dirty
 * flag recorded at build time), progress on stderr.
 */
package vcl.experiments.io;
