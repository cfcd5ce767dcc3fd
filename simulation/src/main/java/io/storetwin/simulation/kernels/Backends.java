package io.storetwin.simulation.kernels;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the batch-kernel backend: TornadoVM when its runtime is detected
 * ({@link TornadoRuntimeProbe}) and the optional module {@code storetwin-simulation-tornado}
 * is on the class path, the JVM backend otherwise, and says why. Settings (system properties):
 * {@value #BACKEND_PROPERTY} = {@code auto} (default), {@code jvm} or {@code tornado};
 * {@value #THREADS_PROPERTY} = threads of the JVM backend (default: all cores).
 */
public final class Backends {

    public static final String BACKEND_PROPERTY = "storetwin.kernels";
    public static final String THREADS_PROPERTY = "storetwin.kernels.threads";
    /** The TornadoVM backend's class, in module {@code simulation/tornado}. */
    public static final String TORNADO_CLASS = "io.storetwin.simulation.kernels.tornado.TornadoKernels";

    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);

    private static volatile Selection shared;

    private Backends() {
    }

    /** The process's backend: {@link #select()} once, on first use; the window and the command line share it. */
    public static Selection shared() {
        Selection s = shared;
        if (s == null) {
            synchronized (Backends.class) {
                s = shared;
                if (s == null) {
                    s = select();
                    shared = s;
                }
            }
        }
        return s;
    }

    /**
     * The chosen backend and the reason for the choice, in words.
     *
     * @param kernels the backend (a {@link FallbackKernels} around TornadoVM, or {@link JvmKernels})
     * @param reason  why this backend, e.g. why not TornadoVM
     */
    public record Selection(BatchKernels kernels, String reason) {

        /**
         * One line for a status bar or a benchmark: {@code batch kernels: jvm (2 threads) (reason)}, read
         * anew on every call, with the reason of a fall-back to the JVM once there was one.
         */
        public String describe() {
            String line = "batch kernels: " + kernels.name() + " (" + reason + ")";
            return kernels instanceof FallbackKernels f && f.fallbackReason() != null
                    ? line + "; fell back because " + f.fallbackReason() : line;
        }
    }

    /** Chooses by the system properties and the runtime; logs the choice. */
    public static Selection select() {
        Selection selection = choose(System.getProperty(BACKEND_PROPERTY, "auto"), jvmThreads());
        // Said where it matters (the end of a run, --verbose), not as log noise before every command.
        LOG.debug(selection.describe());
        return selection;
    }

    /** The JVM backend's thread count from {@value #THREADS_PROPERTY}, else every core. */
    public static int jvmThreads() {
        String value = System.getProperty(THREADS_PROPERTY);
        int cores = Runtime.getRuntime().availableProcessors();
        if (value == null || value.isBlank()) {
            return cores;
        }
        try {
            int threads = Integer.parseInt(value.trim());
            return threads >= 1 ? threads : cores;
        } catch (NumberFormatException e) {
            LOG.warn(THREADS_PROPERTY + "=" + value + " is not a number; using " + cores);
            return cores;
        }
    }

    /** The choice for an explicit {@code wanted} mode (auto, jvm, tornado) and JVM thread count; nothing logged. */
    public static Selection choose(String wanted, int threads) {
        String mode = wanted.trim().toLowerCase(java.util.Locale.ROOT);
        if (mode.equals("jvm")) {
            return new Selection(new JvmKernels(threads), BACKEND_PROPERTY + "=jvm");
        }
        if (!mode.equals("auto") && !mode.equals("tornado")) {
            LOG.warn(BACKEND_PROPERTY + "=" + wanted + " is not auto, jvm or tornado; using auto");
        }
        String unavailable = TornadoRuntimeProbe.unavailableReason();
        if (unavailable != null) {
            return new Selection(new JvmKernels(threads), unavailable);
        }
        try {
            BatchKernels device = (BatchKernels) Class.forName(TORNADO_CLASS).getConstructor().newInstance();
            return new Selection(new FallbackKernels(device, new JvmKernels(threads)),
                    "TornadoVM runtime detected; JVM backend on " + threads + " threads stands by");
        } catch (ClassNotFoundException e) {
            return new Selection(new JvmKernels(threads), "TornadoVM runtime detected, but the TornadoVM backend ("
                    + TORNADO_CLASS + ") is not on the class path: build with -Ptornado and add simulation/tornado/target/*.jar");
        } catch (Throwable t) {
            Throwable cause = t instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
                    ? ite.getCause() : t;
            LOG.warn("TornadoVM backend failed to start", cause);
            return new Selection(new JvmKernels(threads), "TornadoVM backend failed to start: " + cause);
        }
    }
}
