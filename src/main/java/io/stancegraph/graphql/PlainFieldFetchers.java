package io.stancegraph.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.spi.EventingService;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * Reads plain fields of the API's own types straight from their getters. SmallRye's fetcher for such a field first
 * builds a request context for it, with the JSON of the field's whole sub-selection, which is most of what a large
 * query costs (every quote, article and publisher of a headline query is one). A field keeps SmallRye's fetcher when
 * its getter returns anything that fetcher might convert (dates, numbers other than int, long and double, maps) or
 * when the value's class has no such getter.
 */
public class PlainFieldFetchers implements EventingService {

    private static final String OWN_PACKAGE = PlainFieldFetchers.class.getPackageName();

    /** Always on: the service has no switch of its own. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        return builder.codeRegistry(withPlainFetchers(schema));
    }

    static GraphQLCodeRegistry withPlainFetchers(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(builder -> {
            for (GraphQLType type : schema.getAllTypesAsList()) {
                if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                    continue;
                }
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates at = FieldCoordinates.coordinates(object, field);
                    if (registry.getDataFetcher(at, field) instanceof FieldDataFetcher<?> original) {
                        builder.dataFetcher(at, new Getter(field.getName(), original));
                    }
                }
            }
        });
    }

    /** Calls the getter of the field on the value's class when it returns a plain value, else the original fetcher. */
    static final class Getter implements TrivialDataFetcher<Object> {
        private final String field;
        private final DataFetcher<?> original;
        private final Map<Class<?>, Optional<Method>> getters = new ConcurrentHashMap<>();

        Getter(String field, DataFetcher<?> original) {
            this.field = field;
            this.original = original;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return original.get(environment);
            }
            Optional<Method> getter = getters.computeIfAbsent(source.getClass(), this::plainGetter);
            if (getter.isEmpty()) {
                return original.get(environment);
            }
            try {
                return getter.get().invoke(source);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e; // the getter's own failure, not the reflection's wrapper
            }
        }

        private Optional<Method> plainGetter(Class<?> owner) {
            if (!owner.getPackageName().equals(OWN_PACKAGE)) {
                return Optional.empty();
            }
            String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            for (String name : new String[] { "get" + suffix, "is" + suffix }) {
                try {
                    Method method = owner.getMethod(name);
                    Name renamed = method.getAnnotation(Name.class);
                    if (Modifier.isPublic(method.getDeclaringClass().getModifiers()) && !method.isAnnotationPresent(Ignore.class)
                            && (renamed == null || renamed.value().equals(field)) && plain(method.getGenericReturnType())) {
                        return Optional.of(method);
                    }
                } catch (NoSuchMethodException absent) {
                    // try the next form
                }
            }
            return Optional.empty();
        }
    }

    /** A type SmallRye's fetcher passes through unchanged. */
    static boolean plain(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return generic.getActualTypeArguments().length == 1 && plain(generic.getActualTypeArguments()[0]);
        }
        if (!(type instanceof Class<?> cls)) {
            return false;
        }
        return cls == String.class || cls == int.class || cls == Integer.class || cls == long.class || cls == Long.class
                || cls == double.class || cls == Double.class || cls == boolean.class || cls == Boolean.class
                || cls.isEnum() || cls.getPackageName().equals(OWN_PACKAGE);
    }
}
