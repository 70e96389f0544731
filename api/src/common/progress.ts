/** A one-line progress bar with throughput, on stderr (so output stays clean when piped). */
export function progressBar(total: number, label: string): { tick(done: number): void; finish(): string } {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  const line = (done: number): string => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const ratio = total === 0 ? 1 : done / total;
    const width = 30;
    const filled = Math.round(ratio * width);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} · ${Math.round(done / seconds).toLocaleString('en')} rows/s`;
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - lastDraw < (tty ? 200 : 5_000) && done < total) return;
      lastDraw = now;
      process.stderr.write(tty ? `\r${line(done)}` : `${line(done)}\n`);
    },
    finish() {
      const final = line(total);
      process.stderr.write(tty ? `\r${final}\n` : `${final}\n`);
      return final;
    },
  };
}
