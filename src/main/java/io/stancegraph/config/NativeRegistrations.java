package io.stancegraph.config;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes the native image must keep for reflection: OpenNLP instantiates its model factories,
 * artifact serializers, model readers and the part-of-speech feature generators (named in the model's
 * descriptor) by name when it reads the sentence, token, part-of-speech and lemma models. The model files
 * and the gazetteer files are included as resources (quarkus.native.resources.includes).
 */
@RegisterForReflection(classNames = {
        "opennlp.tools.sentdetect.SentenceDetectorFactory",
        "opennlp.tools.sentdetect.lang.Factory",
        "opennlp.tools.tokenize.TokenizerFactory",
        "opennlp.tools.tokenize.lang.Factory",
        "opennlp.tools.postag.POSTaggerFactory",
        "opennlp.tools.lemmatizer.LemmatizerFactory",
        "opennlp.tools.util.model.POSModelSerializer",
        "opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory",
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
