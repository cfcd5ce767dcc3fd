package io.storetwin.simulation.kernels;

/**
 * Finds out, without linking to TornadoVM, whether its runtime is present: the launcher (or
 * its argfile) sets the system property {@value #PROPERTY}; then, reflectively and catching
 * everything (on a plain JVM TornadoVM's classes throw {@link ExceptionInInitializerError}),
 * {@code TornadoRuntimeProvider.getTornadoRuntime().getNumBackends() > 0}.
 */
public final class TornadoRuntimeProbe {

    /** Set by the TornadoVM launcher and argfile. */
    public static final String PROPERTY = "tornado.load.runtime.implementation";

    private TornadoRuntimeProbe() {
    }

    /** Null when the runtime is present with at least one backend, else why not, in words. */
    public static String unavailableReason() {
        if (System.getProperty(PROPERTY) == null) {
            return "no TornadoVM runtime (property " + PROPERTY + " not set: not started by the tornado launcher or argfile)";
        }
        try {
            Class<?> provider = Class.forName("uk.ac.manchester.tornado.api.runtime.TornadoRuntimeProvider");
            Object runtime = provider.getMethod("getTornadoRuntime").invoke(null);
            if (runtime == null) {
                return "TornadoVM runtime did not load (TornadoRuntimeProvider.getTornadoRuntime() is null)";
            }
            Class<?> api = Class.forName("uk.ac.manchester.tornado.api.TornadoRuntime");
            int backends = ((Number) api.getMethod("getNumBackends").invoke(runtime)).intValue();
            return backends > 0 ? null : "TornadoVM runtime has no backend (getNumBackends() = 0)";
        } catch (Throwable t) {
            Throwable cause = t instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
                    ? ite.getCause() : t;
            return "TornadoVM runtime failed to start: " + cause;
        }
    }

    /** True when the runtime is present with at least one backend. */
    public static boolean detected() {
        return unavailableReason() == null;
    }
}
