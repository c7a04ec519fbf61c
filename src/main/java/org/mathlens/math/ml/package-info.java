/**
 * Training shared by the machine-learning panes, pure Java (EJML for the batch products):
 * {@link org.mathlens.math.ml.Network} (immutable dense layers), {@link org.mathlens.math.ml.Gradient}
 * (backpropagation), {@link org.mathlens.math.ml.Trainer} (seeded minibatches stepping a
 * {@link org.mathlens.math.optim.Optimizer}), {@link org.mathlens.math.ml.TrainingRun} (an
 * immutable snapshot for the FX thread that continues when epochs count up), and the data
 * pieces: {@link org.mathlens.math.ml.ToyData}, {@link org.mathlens.math.ml.Features},
 * {@link org.mathlens.math.ml.Split}, {@link org.mathlens.math.ml.Confusion},
 * {@link org.mathlens.math.ml.DigitPad}, {@link org.mathlens.math.ml.NetworkJson}.
 */
package org.mathlens.math.ml;
