// Start-up time of the built CLI against a bare Node, hyperfine-style: the two commands run in
// turn (A, B, C, A, B, C, …) so a busy machine slows both alike; prints medians and their ratio.
// `node scripts/startup-bench.mjs [runs]` (default 30 pairs). Needs dist-cli/ (npm run build:cli).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 30);
const cli = fileURLToPath(new URL('../dist-cli/fairground.mjs', import.meta.url));
const commands = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'fairground --help': [process.execPath, [cli, '--help']],
  // npx adds npm's own start-up (finding the bin), which no change here can remove.
  'npx fairground --help': ['npx', ['fairground', '--help']],
};

const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < runs + 2; i++) {
  for (const [name, [cmd, args]] of Object.entries(commands)) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${name} exited with ${r.status}`);
    if (i >= 2) times[name].push(ms); // the first two pairs warm the file cache
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times['node -e 0']);
for (const k of Object.keys(commands)) {
  const m = median(times[k]);
  console.log(`${k.padEnd(22)} median ${m.toFixed(1).padStart(6)} ms over ${runs} runs  (${(m / base).toFixed(2)}× node -e 0)`);
}
