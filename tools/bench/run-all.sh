#!/usr/bin/env bash
# Reruns every figure of issue 17's table in BENCHMARKS.md, in one go, on this machine:
#   (a) cold start: `ecr query` wall time from the launcher ecr-cli/target/ecr (and from a bare
#       `java -jar ecr-cli/target/ecr.jar`), and a fresh JVM's first build + connect + query;
#   (b) the first 1,000 queries of fresh JVMs against their own steady cost — with and without an
#       application class-data archive, and over the Tyrus wire alone for comparison;
#   (c) EcrClient.query vs the Tyrus wire floor, JMH, interleaved A,B,A,B,A,B;
#   (d) the codec pair vs Jackson, JMH, interleaved the same way.
# Writes ecr-bench/target/bench-report.md and prints it; the drivers' full output (JMH progress)
# goes to ecr-bench/target/bench-logs/.
#
#   tools/bench/run-all.sh            # the full run, ~5 minutes on 2 cores (plus the build)
#   BENCH_QUICK=1 tools/bench/run-all.sh   # seconds of measuring: checks that the script works,
#                                          # its figures mean nothing
#   BENCH_SKIP_BUILD=1 …              # reuse the jars already built
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${BENCH_QUICK:-0}" == 1 ]]; then
  rounds=1; jmh=(-f 1 -wi 1 -w 1 -i 1 -r 1); jvms=1; queries=1500; steady=400; cli_runs=1
else
  # One fork per run, 3 rounds: the spread between rounds is the figure's spread.
  rounds=3; jmh=(-f 1 -wi 3 -i 5); jvms=5; queries=31000; steady=5000; cli_runs=5
fi

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "building ecr-bench/target/benchmarks.jar and ecr-cli/target/ecr.jar …" >&2
  ./mvnw -q -B -o -Pbench -pl ecr-bench -am package -DskipTests
  # the launcher, jar and class-data archive the README tells users to run (not in the -am above)
  ./mvnw -q -B -o -pl ecr-cli -am package -DskipTests
fi

bench_jar=ecr-bench/target/benchmarks.jar
logs=ecr-bench/target/bench-logs
report=ecr-bench/target/bench-report.md
mkdir -p "$logs"

# Runs a driver, logs all its output, keeps what follows its report marker.
driver() {
  local name=$1; shift
  echo "running $name …" >&2
  if ! java -cp "$bench_jar" "$@" >"$logs/$name.log" 2>&1; then
    echo "**$name failed**; see \`$logs/$name.log\`:"; echo; echo '```'
    tail -n 20 "$logs/$name.log"; echo '```'
    return 0
  fi
  sed -n '/^<!-- report -->$/,$p' "$logs/$name.log" | tail -n +2
}

started=$(date -u +%s)
{
  echo "# ecr-hub benchmark report"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| machine | $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, Linux $(uname -r) |"
  echo "| JDK | $(java -version 2>&1 | head -1) |"
  echo "| settings | JMH ${jmh[*]}, $rounds interleaved rounds; $jvms fresh JVMs × $queries queries; $cli_runs \`ecr query\` runs |"
  echo

  echo "## (a) cold start: \`ecr query\` as the README runs it, and as a bare \`java -jar\`"
  echo
  echo "Simulator in the driver's JVM holding one approved order; each command run as a child"
  echo "process after one untimed run. Medians (min–max, n)."
  echo
  echo '```'
  for launcher in "ecr-cli/target/ecr" "java -jar ecr-cli/target/ecr.jar"; do
    echo "running StartupDriver: $launcher …" >&2
    # shellcheck disable=SC2086 # the launcher is meant to split into words
    java -cp "$bench_jar" io.ecrhub.bench.StartupDriver --runs "$cli_runs" --cold false \
      --warm false -- $launcher query --terminal '{terminal}' --app-id '{app-id}' \
      --order-no '{order}' 2>>"$logs/StartupDriver.log" \
      || echo "StartupDriver failed; see $logs/StartupDriver.log"
  done
  echo '```'
  echo

  echo "## (a, b) fresh JVMs: the first build + connect + query, and the first 1,000 queries"
  echo
  driver FirstQueriesDriver io.ecrhub.bench.FirstQueriesDriver \
    --jvms "$jvms" --queries "$queries" --steady "$steady"
  echo

  echo "## (c) steady state: EcrClient.query to the simulator / Tyrus wire floor (A,B,A,B,…)"
  echo
  driver EngineVsFloor io.ecrhub.bench.InterleavedPairDriver \
    --a EngineRoundTripBenchmark.query --b WireFloorBenchmark.tyrusTransports \
    --rounds "$rounds" --target 1.3 -- "${jmh[@]}"
  echo

  echo "## (d) codec: pay.order request + response pair, ecr-hub / Jackson (A,B,A,B,…)"
  echo
  driver CodecVsJackson io.ecrhub.bench.InterleavedPairDriver \
    --a CodecBenchmark.pair --b PeerCodecBenchmark.pair \
    --rounds "$rounds" --target 1.0 -- "${jmh[@]}"
  echo
  echo "Whole run: $(( ($(date -u +%s) - started) / 60 )) min $(( ($(date -u +%s) - started) % 60 )) s."
} >"$report"

cat "$report"
