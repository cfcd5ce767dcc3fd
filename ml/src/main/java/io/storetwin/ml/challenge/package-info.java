/**
 * Champion against challenger: a candidate model prices forked copies of the store beside the
 * model in use, on the same shoppers (common random numbers), and takes over only when its paired
 * profit difference is above zero with 95% confidence; the verdict carries the figures it rests on.
 */
package io.storetwin.ml.challenge;
