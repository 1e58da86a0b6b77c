package vcl.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cells as JShell snippets: values, state across cells, and the three ways a cell fails. */
class CellEvaluatorTest {

    private final CellEvaluator cells = new CellEvaluator(JShell.builder().executionEngine("local").build());

    @AfterEach
    void close() {
        cells.close();
    }

    @Test
    void aCellOfSeveralSnippetsHasTheLastExpressionsValueAndKeepsItsNames() {
        assertEquals(Optional.of("42"), cells.evaluate("int x = 2;\nint twice(int a) { return 2 * a; }\n{ x += 19; }\ntwice(x)"));
        assertEquals(Optional.empty(), cells.evaluate("double y = x / 4.0;"));
        assertEquals(Optional.of("5.25"), cells.evaluate("y"));
    }

    @Test
    void aCellThatDoesNotCompileSaysWhere() {
        CellEvaluator.CellException e = assertThrows(CellEvaluator.CellException.class,
                () -> cells.evaluate("int ok = 1;\nString s = 3;"));
        assertTrue(e.getMessage().startsWith("does not compile: String s = 3;"), e.getMessage());
        assertTrue(e.getMessage().contains("incompatible types"), e.getMessage());
    }

    @Test
    void aCellThatThrowsStopsWithTheExceptionAndTheLaterSnippetsDoNotRun() {
        CellEvaluator.CellException e = assertThrows(CellEvaluator.CellException.class,
                () -> cells.evaluate("int before = 1;\nif (before == 1) throw new IllegalStateException(\"boom\");\nint after = 2;"));
        assertTrue(e.getMessage().startsWith("java.lang.IllegalStateException: boom"), e.getMessage());
        assertThrows(CellEvaluator.CellException.class, () -> cells.evaluate("after"));
        assertEquals(Optional.of("1"), cells.evaluate("before"));
    }

    @Test
    void aReferenceToSomethingUndefinedIsAnError() {
        CellEvaluator.CellException e = assertThrows(CellEvaluator.CellException.class,
                () -> cells.evaluate("void f() { g(); }"));
        assertTrue(e.getMessage().contains("refers to something undefined"), e.getMessage());
    }

    @Test
    void incompleteCodeIsAnError() {
        CellEvaluator.CellException e = assertThrows(CellEvaluator.CellException.class,
                () -> cells.evaluate("int z = 1;\nfor (int i = 0; i < 3; i++) {"));
        assertTrue(e.getMessage().startsWith("incomplete code"), e.getMessage());
    }
}
