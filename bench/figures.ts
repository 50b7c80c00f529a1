/** The figures benchmarks print, in a module light enough for a load generator to import. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const print = (line: string) => process.stdout.write(`${line}\n`);
export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
