// Preloaded (`node --import`) into the processes checkBench.mjs times: reports the process's own
// CPU time on exit, which other load on the machine disturbs far less than wall time does.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\nBENCH_CPU_MS ${(user + system) / 1000}\n`);
});
