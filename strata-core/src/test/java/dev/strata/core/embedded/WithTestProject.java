package dev.strata.core.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Gives each test its own {@link TestProject} (a temp project folder) and stops its servers afterwards. */
abstract class WithTestProject {
    TestProject project;

    @BeforeEach
    void createProject() {
        project = TestProject.create();
    }

    @AfterEach
    void closeProject() throws Exception {
        project.close();
    }
}
