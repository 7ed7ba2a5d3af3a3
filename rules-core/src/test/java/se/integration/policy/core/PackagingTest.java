package se.integration.policy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packaging that lost a package's service entry is refused when packages are discovered, naming it and the fix. */
class PackagingTest {
    @TempDir Path dir;

    @Test
    void aPackageMarkerInAFolderWithoutItsServiceEntryIsRefusedNamingThePackageAndTheFix() throws IOException {
        Path marker = dir.resolve(Packaging.MARKERS + "kommun-2020");
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, "# marker");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> PolicyRegistry.discover(loader)).isInstanceOf(PolicyPackageException.class)
                    .hasMessageContaining("'kommun-2020'").hasMessageContaining(Packaging.SERVICES)
                    .hasMessageContaining("ServicesResourceTransformer");
        }
    }

    @Test
    void packageMarkersInAMergedJarAreAllFound() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"META-INF/", "META-INF/se.integration.policy/", Packaging.MARKERS,
                    Packaging.MARKERS + "kommun-2020", Packaging.MARKERS + "kommun-2024"}) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) out.write("# marker".getBytes());
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(Packaging.markedIds(loader)).containsExactly("kommun-2020", "kommun-2024");
            assertThatThrownBy(() -> PolicyRegistry.discover(loader)).isInstanceOf(PolicyPackageException.class)
                    .hasMessageContaining("'kommun-2020', 'kommun-2024'");
        }
    }

    @Test
    void aClassPathWithoutPackagesHasNoMarkersAndIsNotRefused() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(Packaging.markedIds(loader)).isEmpty();
        }
        assertThatCode(() -> PolicyRegistry.discover(PackagingTest.class.getClassLoader())).doesNotThrowAnyException();
    }

}
