package io.stancegraph.analysis;

import java.util.Set;

/** An annotator whose name and declared annotations are fixed when it is built. */
abstract class BaseAnnotator implements Annotator {

    private final String name;
    private final Set<AnnotationKey<?>> requires;
    private final Set<AnnotationKey<?>> provides;

    BaseAnnotator(String name, Set<AnnotationKey<?>> requires, Set<AnnotationKey<?>> provides) {
        this.name = name;
        this.requires = Set.copyOf(requires);
        this.provides = Set.copyOf(provides);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<AnnotationKey<?>> requires() {
        return requires;
    }

    @Override
    public final Set<AnnotationKey<?>> provides() {
        return provides;
    }
}
