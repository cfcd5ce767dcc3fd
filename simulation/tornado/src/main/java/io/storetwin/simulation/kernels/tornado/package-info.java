/**
 * The TornadoVM backend of the batch kernels: the same kernels compiled for an OpenCL or CUDA
 * device, loaded by name only when the runtime is present, and checked against the JVM
 * backend's numbers.
 */
package io.storetwin.simulation.kernels.tornado;
