/**
 * Training data. One row per look at a stocked
 * shelf (looks at an empty shelf say nothing about price and are dropped), kept in a bounded,
 * columnar {@link io.storetwin.ml.data.Dataset}; read from {@code events.csv} by
 * {@link io.storetwin.ml.data.EventLogReader} or collected live by a
 * {@link io.storetwin.ml.data.DatasetBuilder}. {@link io.storetwin.ml.data.FeatureSchema}
 * is the single piece of feature code: training rows and candidate rows both go through
 * its {@code fill} method. The shopper's persona and budget are never features: a pricer
 * cannot see who walks in.
 */
package io.storetwin.ml.data;
