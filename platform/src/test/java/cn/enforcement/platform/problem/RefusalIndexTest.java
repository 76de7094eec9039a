package cn.enforcement.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index the build writes holds what the reader finds, and reads back the same at start. */
class RefusalIndexTest {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes");

    @Test
    void theIndexHoldsEveryOperationOfTheCompiledClassesWithItsRefusals() throws Exception {
        Map<String, Set<ProblemType>> found = RefusalIndex.of(TEST_CLASSES, getClass().getClassLoader());

        assertThat(found.get("refuseDirectly")).containsExactly(PlatformProblem.REGION_CLAIM_MISSING);
        assertThat(found.get("refuseInherited")).containsExactly(PlatformProblem.PROVINCIAL_SUPERVISOR_ONLY);
        assertThat(found.get("neverRefuse")).isEmpty();
    }

    @Test
    void whatTheBuildWritesIsReadBackAtStartAsItWasFound(@TempDir Path output) throws Exception {
        Path index = output.resolve(RefusalIndex.RESOURCE);
        RefusalIndex.main(new String[] { TEST_CLASSES.toString(), index.toString() });
        assertThat(Files.readString(index)).contains("refuseDirectly=cn.enforcement.problem.PlatformProblem#REGION_CLAIM_MISSING");

        Map<String, Set<ProblemType>> found = RefusalIndex.of(TEST_CLASSES, getClass().getClassLoader());
        try (URLClassLoader service = new URLClassLoader(new URL[] { output.toUri().toURL() }, getClass().getClassLoader())) {
            assertThat(RefusalIndex.read(service)).hasValueSatisfying(read -> assertThat(read).containsAllEntriesOf(found));
        }
    }
}
