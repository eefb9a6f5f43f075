// How `npm run bench` times one function against another on a shared machine: in CPU time of this
// process (process.cpuUsage, not the wall clock), in alternating rounds (a burst of the reference,
// then a burst of the function, ROUNDS times), and the median of the rounds is reported. A load that
// comes and goes weighs on both alike, and one slow round (a collection, a neighbour) does not move
// the median.

export const ROUNDS = 7;
const BURST_MS = 300;

/** Mean CPU microseconds per input over a burst of about BURST_MS of CPU time, going round `inputs`. */
function burst(run, inputs) {
  let calls = 0;
  const started = process.cpuUsage();
  let used = 0;
  do {
    for (const input of inputs) run(input);
    calls += inputs.length;
    const { user, system } = process.cpuUsage(started);
    used = user + system;
  } while (used < BURST_MS * 1000);
  return used / calls;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The medians over ROUNDS alternating rounds of µs per input of `run` and of `reference`, and of
 * their ratio (run ÷ reference), after a warm-up of both.
 */
export function compare(run, reference, inputs) {
  for (let i = 0; i < 20; i += 1) for (const input of inputs) (run(input), reference(input));
  const rounds = Array.from({ length: ROUNDS }, () => {
    const base = burst(reference, inputs);
    const own = burst(run, inputs);
    return { base, own, ratio: own / base };
  });
  return { own: median(rounds.map((r) => r.own)), base: median(rounds.map((r) => r.base)), ratio: median(rounds.map((r) => r.ratio)) };
}
