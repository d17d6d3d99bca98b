package io.stancegraph.config;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes the native image must keep for reflection: OpenNLP instantiates its model factory,
 * artifact serializers and model readers by name when it reads the sentence model. The model file
 * and the gazetteer files are included as resources (quarkus.native.resources.includes).
 */
@RegisterForReflection(classNames = {
        "opennlp.tools.sentdetect.SentenceDetectorFactory",
        "opennlp.tools.sentdetect.lang.Factory",
        "opennlp.tools.util.model.GenericModelSerializer",
        "opennlp.tools.util.model.PropertiesSerializer",
        "opennlp.tools.util.model.DictionarySerializer",
        "opennlp.tools.util.model.ByteArraySerializer",
        "opennlp.tools.dictionary.Dictionary",
        "opennlp.tools.ml.maxent.GISModel",
        "opennlp.tools.ml.maxent.io.GISModelReader",
        "opennlp.tools.ml.maxent.io.BinaryGISModelReader",
        "opennlp.tools.ml.maxent.io.QNModelReader",
        "opennlp.tools.ml.maxent.io.BinaryQNModelReader",
        "opennlp.tools.ml.model.GenericModelReader",
        "opennlp.tools.ml.model.BinaryFileDataReader",
        "opennlp.tools.ml.naivebayes.NaiveBayesModel",
        "opennlp.tools.ml.perceptron.PerceptronModel"
})
public final class NativeRegistrations {

    private NativeRegistrations() {
    }
}
