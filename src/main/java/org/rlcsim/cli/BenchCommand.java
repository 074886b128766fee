package org.rlcsim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rlcsim.experiment.SingleRun;
import org.rlcsim.model.PhaseTimes;
import org.rlcsim.model.PhaseTimes.Phase;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.observe.Observation;
import org.rlcsim.scenario.ParametersBuilder;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.scenario.ScenarioException;
import org.rlcsim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rlcsim bench}: times the model inside one warm JVM and prints agent-days per second for
 * several population sizes (median of several runs), so the cost per agent-day can be compared
 * across sizes. Observation is the same as in {@code run} (weekly metrics). Besides wall time it
 * prints the program's CPU time: on a virtual machine whose cores are shared with other guests,
 * wall time can double from one minute to the next while CPU time barely moves, so CPU time with
 * {@code --threads 1} is the figure to compare two versions of the code by.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the model in one warm JVM: agent-days per second at several population sizes "
                + "(median of --repeats runs, after a warm-up).",
                "cpu_s is the program's CPU time (all threads, busy-waiting included). On a shared virtual machine "
                        + "wall time varies much more than CPU time: compare versions by cpu_s with --threads 1.",
                "A second table splits the median run's wall time by the phases of the model's day."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario to time (default: every parameter at its default, i.e. the baseline).")
    Path scenario;

    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000,100000",
            description = "Population sizes (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--days", paramLabel = "N", defaultValue = "1095", description = "Days after the burn-in (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "3", description = "Timed runs per size (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private int useThreads;

    @Override
    public Integer call() throws Exception {
        if (repeats < 1) throw new Failures.BadInput("--repeats: must be 1 or more, got " + repeats);
        useThreads = threads.resolve();
        for (int n : sizes) if (n < 1) throw new Failures.BadInput("--sizes: each size must be 1 or more, got " + n);
        var out = spec.commandLine().getOut();
        List<String> base = List.of("days=" + days);
        ResolvedScenario resolved = scenario == null ? ScenarioReader.defaults(base) : ScenarioReader.read(scenario, base);
        out.printf("rlcsim bench: %s, %d days + %d burn-in, median of %d runs after warm-up, %d threads on %d cores%n",
                resolved.source(), days, resolved.i("burn_in_days"), repeats,
                useThreads,
                Runtime.getRuntime().availableProcessors());
        run(1000, 1);
        out.printf("%12s %12s %16s %20s %10s %18s %14s%n", "participants", "wall_s", "agent_days", "agent_days_per_s",
                "cpu_s", "cpu_ns_per_agent_day", "peak_heap_mb");
        List<String> breakdown = new ArrayList<>();
        for (int n : sizes) {
            Timed[] runs = new Timed[repeats];
            double[] cpus = new double[repeats];
            resetPeaks();
            for (int r = 0; r < repeats; r++) {
                long cpu0 = processCpuNanos();
                runs[r] = run(n, r + 1);
                cpus[r] = (processCpuNanos() - cpu0) / 1e9;
            }
            Arrays.sort(runs, Comparator.comparingDouble(Timed::wall));
            Arrays.sort(cpus);
            Timed median = runs[repeats / 2];
            double cpu = cpus[repeats / 2];
            long agentDays = (long) n * (days + resolved.i("burn_in_days"));
            out.printf("%12d %12.3f %16d %20.0f %10.3f %18.1f %14.0f%n", n, median.wall(), agentDays,
                    agentDays / median.wall(), cpu, cpu * 1e9 / agentDays, peakHeapMb());
            out.flush();
            breakdown.add(breakdownRow(n, median, agentDays));
        }
        out.println();
        out.println("Where the median run's wall time goes, in ns per agent-day: the phases of each day, then the rest "
                + "(building the population, weekly observation):");
        StringBuilder head = new StringBuilder(String.format("%12s", "participants"));
        for (Phase p : Phase.values()) head.append(String.format(" %16s", p.name().toLowerCase(Locale.ROOT)));
        out.println(head.append(String.format(" %16s", "rest")));
        breakdown.forEach(out::println);
        return 0;
    }

    /** One timed run: its wall time in seconds and the model's time in each phase. */
    private record Timed(double wall, PhaseTimes phases) {}

    private static String breakdownRow(int participants, Timed run, long agentDays) {
        StringBuilder row = new StringBuilder(String.format("%12d", participants));
        double phases = 0;
        for (Phase p : Phase.values()) {
            double ns = run.phases().nanos(p);
            phases += ns;
            row.append(String.format(" %16.1f", ns / agentDays));
        }
        return row.append(String.format(" %16.1f", Math.max(0.0, run.wall() * 1e9 - phases) / agentDays)).toString();
    }

    private Timed run(int participants, long seed) throws ScenarioException {
        List<String> size = List.of("days=" + days, "population.participants=" + participants, "seed=" + seed);
        ResolvedScenario sized = scenario == null ? ScenarioReader.defaults(size) : ScenarioReader.read(scenario, size);
        ModelParameters params = ParametersBuilder.build(sized);
        long t0 = System.nanoTime();
        RlcModel model = SingleRun.run(params, new Observation(7, row -> { }), useThreads);
        return new Timed((System.nanoTime() - t0) / 1e9, model.phaseTimes());
    }

    /** CPU time of every thread of the program (the JIT's and the collector's included), or -1 if unknown. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum / 1e6;
    }
}
